package io.dandelion.analytics.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How report pages write numbers: durations as "3 h 05 min", shares as "92.5 %", blanks as "—". */
public final class Format {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private Format() {
	}

	public static String duration(@Nullable Double seconds) {
		if (seconds == null) {
			return "—";
		}
		long s = Math.round(seconds);
		if (s < 60) {
			return s + " s";
		}
		long minutes = s / 60;
		if (minutes < 60) {
			return minutes + " min " + String.format(Locale.ROOT, "%02d", s % 60) + " s";
		}
		long hours = minutes / 60;
		if (hours < 48) {
			return hours + " h " + String.format(Locale.ROOT, "%02d", minutes % 60) + " min";
		}
		return hours / 24 + " d " + hours % 24 + " h";
	}

	public static String percent(@Nullable Double value) {
		return value == null ? "—" : String.format(Locale.ROOT, "%.1f %%", value);
	}

	public static String number(@Nullable Double value) {
		return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
	}

	public static String time(@Nullable Instant value) {
		return value == null ? "—" : TIME.format(value);
	}
}
