package io.dandelion.analytics.web;

import io.dandelion.analytics.Dimension;
import io.dandelion.analytics.ReportQuery;
import io.dandelion.organisation.UnitId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Report parameters from a request, with clear messages: {@code from} and {@code to} as ISO dates
 * (whole UTC days, {@code to} included) or instants, by default the last seven days; {@code unit} a
 * unit id; {@code by} a dimension name.
 */
final class ReportParameters {

	static final Duration DEFAULT_PERIOD = Duration.ofDays(7);

	private ReportParameters() {
	}

	static ReportQuery query(@Nullable String from, @Nullable String to, @Nullable String unit, Clock clock) {
		Instant end = blank(to) ? clock.instant() : instant(to, true);
		Instant start = blank(from) ? end.minus(DEFAULT_PERIOD) : instant(from, false);
		return new ReportQuery(start, end, blank(unit) ? null : UnitId.of(unit.trim()));
	}

	static Dimension dimension(@Nullable String by, Dimension fallback) {
		if (blank(by)) {
			return fallback;
		}
		try {
			return Dimension.valueOf(by.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("by must be one of "
					+ Arrays.toString(Dimension.values()).toLowerCase(Locale.ROOT) + ", not " + by, e);
		}
	}

	private static Instant instant(String text, boolean endOfDay) {
		String value = text.trim();
		try {
			if (value.length() == 10) {
				LocalDate day = LocalDate.parse(value);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			return Instant.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException(
					"from and to must be ISO dates (2026-11-01) or instants (2026-11-01T08:00:00Z), not " + text, e);
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
