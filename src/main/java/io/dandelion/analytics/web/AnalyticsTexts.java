package io.dandelion.analytics.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import io.dandelion.platform.web.PageTexts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The report and alert pages' texts and numbers in the current request's language (message bundles
 * {@code i18n/analytics*}): durations as "3 h 05 min" ("2 d 4 h", "2 j 4 h" in French), shares as "92.5 %"
 * ("92,5 %"), blanks as "—".
 */
@Component
public class AnalyticsTexts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final PageTexts texts = new PageTexts("i18n/analytics");

	/** The text for {@code key}, with {@code args} put into its placeholders; the key itself when missing. */
	public String get(String key, Object... args) {
		return texts.get(key, args);
	}

	/** A dimension's name ("day", "langue"), for a table's first heading and a chart's axis. */
	public String dimension(String name) {
		return get("by." + name);
	}

	/** A label the reports make up themselves ("none", "unassigned"), in the page's language; others as they are. */
	public String label(String label) {
		return switch (label) {
			case "none", "unassigned" -> get("label." + label);
			default -> label;
		};
	}

	public String duration(@Nullable Double seconds) {
		if (seconds == null) {
			return "—";
		}
		long s = Math.round(seconds);
		if (s < 60) {
			return get("duration.seconds", s);
		}
		long minutes = s / 60;
		if (minutes < 60) {
			return get("duration.minutes", minutes, twoDigits(s % 60));
		}
		long hours = minutes / 60;
		if (hours < 48) {
			return get("duration.hours", hours, twoDigits(minutes % 60));
		}
		return get("duration.days", hours / 24, hours % 24);
	}

	public String percent(@Nullable Double value) {
		return value == null ? "—" : decimals(value, 1) + " %";
	}

	public String number(@Nullable Double value) {
		return value == null ? "—" : decimals(value, 2);
	}

	public String time(@Nullable Instant value) {
		return value == null ? "—" : TIME.format(value);
	}

	public String yesNo(boolean value) {
		return get(value ? "yes" : "no");
	}

	private static String decimals(double value, int digits) {
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		format.setGroupingUsed(false);
		return format.format(value);
	}

	private static String twoDigits(long value) {
		return String.format(Locale.ROOT, "%02d", value);
	}
}
