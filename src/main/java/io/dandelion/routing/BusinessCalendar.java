package io.dandelion.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit's working time: opening hours per weekday in the unit's time zone, minus holidays. SLA
 * targets are counted in it, so a complaint on Friday evening is due on Monday, and a day on which
 * the clocks change is as long as its opening hours say, not 23 or 25 hours.
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Opening>> week, Set<LocalDate> holidays) {

	private static final int MAX_DAYS_SEARCHED = 3 * 366;

	public BusinessCalendar {
		week = Map.copyOf(new EnumMap<>(week));
		holidays = Set.copyOf(holidays);
		if (week.values().stream().allMatch(List::isEmpty)) {
			throw new IllegalArgumentException("a business calendar needs opening hours on at least one day");
		}
	}

	/** Round the clock, every day: for units (or priorities) whose SLA counts wall-clock time. */
	public static BusinessCalendar always(ZoneId zone) {
		Map<DayOfWeek, List<Opening>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day, List.of(new Opening(LocalTime.MIN, LocalTime.MAX)));
		}
		return new BusinessCalendar(zone, week, Set.of());
	}

	/** The same hours Monday to Friday. */
	public static BusinessCalendar weekdays(ZoneId zone, LocalTime from, LocalTime to, Set<LocalDate> holidays) {
		Map<DayOfWeek, List<Opening>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
			week.put(day, weekend ? List.of() : List.of(new Opening(from, to)));
		}
		return new BusinessCalendar(zone, week, holidays);
	}

	/** The instant at which {@code amount} of business time has passed since {@code start}. */
	public Instant plus(Instant start, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("business time cannot run backwards: " + amount);
		}
		Duration left = amount;
		LocalDate day = start.atZone(zone).toLocalDate();
		for (int i = 0; i < MAX_DAYS_SEARCHED; i++, day = day.plusDays(1)) {
			for (Opening opening : openings(day)) {
				Instant open = max(opening.start(day, zone), start);
				Instant close = opening.end(day, zone);
				if (!open.isBefore(close)) {
					continue;
				}
				Duration available = Duration.between(open, close);
				if (available.compareTo(left) >= 0) {
					return open.plus(left);
				}
				left = left.minus(available);
			}
		}
		throw new IllegalStateException("no business time found within three years of " + start);
	}

	/** How much business time lies between two instants (zero when {@code to} is not after {@code from}). */
	public Duration between(Instant from, Instant to) {
		Duration total = Duration.ZERO;
		if (!to.isAfter(from)) {
			return total;
		}
		LocalDate last = to.atZone(zone).toLocalDate();
		for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			for (Opening opening : openings(day)) {
				Instant open = max(opening.start(day, zone), from);
				Instant close = min(opening.end(day, zone), to);
				if (open.isBefore(close)) {
					total = total.plus(Duration.between(open, close));
				}
			}
		}
		return total;
	}

	/** Whether {@code instant} falls within opening hours. */
	public boolean isOpen(Instant instant) {
		LocalDate day = instant.atZone(zone).toLocalDate();
		return openings(day).stream()
			.anyMatch(o -> !instant.isBefore(o.start(day, zone)) && instant.isBefore(o.end(day, zone)));
	}

	private List<Opening> openings(LocalDate day) {
		return holidays.contains(day) ? List.of() : week.getOrDefault(day.getDayOfWeek(), List.of());
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	/** Open from {@code from} to {@code to} local time; {@link LocalTime#MAX} as the end means midnight. */
	public record Opening(LocalTime from, LocalTime to) {

		public Opening {
			if (!from.isBefore(to)) {
				throw new IllegalArgumentException("opening hours must end after they start: " + from + "–" + to);
			}
		}

		Instant start(LocalDate day, ZoneId zone) {
			return ZonedDateTime.of(LocalDateTime.of(day, from), zone).toInstant();
		}

		Instant end(LocalDate day, ZoneId zone) {
			if (to.equals(LocalTime.MAX)) {
				return day.plusDays(1).atStartOfDay(zone).toInstant();
			}
			return ZonedDateTime.of(LocalDateTime.of(day, to), zone).toInstant();
		}
	}
}
