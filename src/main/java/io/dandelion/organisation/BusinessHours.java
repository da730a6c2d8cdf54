package io.dandelion.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A unit's opening hours per weekday in its time zone, and its holidays. A day without openings is closed. */
public record BusinessHours(ZoneId zone, Map<DayOfWeek, List<Opening>> week, Set<LocalDate> holidays) {

	public BusinessHours {
		var copy = new EnumMap<DayOfWeek, List<Opening>>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			copy.put(day, List.copyOf(week.getOrDefault(day, List.of())));
		}
		week = Map.copyOf(copy);
		holidays = Set.copyOf(holidays);
	}

	/** Opening hours on one day, {@code opens} before {@code closes}. */
	public record Opening(LocalTime opens, LocalTime closes) {

		public Opening {
			if (!closes.isAfter(opens)) {
				throw new IllegalArgumentException("opening hours must close after they open: " + opens + "-" + closes);
			}
		}
	}
}
