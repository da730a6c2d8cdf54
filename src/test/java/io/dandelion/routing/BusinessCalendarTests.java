package io.dandelion.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
	static final BusinessCalendar FRANCE = BusinessCalendar.weekdays(PARIS, LocalTime.of(9, 0), LocalTime.of(18, 0),
			Set.of(LocalDate.of(2026, 12, 25)));

	@Test
	void fridayEveningComplaintIsDueOnMonday() {
		// Friday 27 November 2026, 17:00 in Paris (16:00 UTC); a 4-hour target leaves 1 hour on Friday
		Instant friday = Instant.parse("2026-11-27T16:00:00Z");

		Instant due = FRANCE.plus(friday, Duration.ofHours(4));

		assertThat(due.atZone(PARIS).toLocalDateTime()).hasToString("2026-11-30T12:00");
		assertThat(FRANCE.between(friday, due)).isEqualTo(Duration.ofHours(4));
	}

	@Test
	void saturdayMessageStartsCountingOnMondayMorning() {
		Instant saturday = Instant.parse("2026-11-28T10:00:00Z");

		assertThat(FRANCE.plus(saturday, Duration.ofMinutes(30)).atZone(PARIS).toLocalDateTime())
			.hasToString("2026-11-30T09:30");
		assertThat(FRANCE.isOpen(saturday)).isFalse();
	}

	@Test
	void holidaysAreSkipped() {
		Instant christmasEve = Instant.parse("2026-12-24T16:00:00Z"); // 17:00 Paris, Thursday

		assertThat(FRANCE.plus(christmasEve, Duration.ofHours(2)).atZone(PARIS).toLocalDateTime())
			.hasToString("2026-12-28T10:00");
	}

	@Test
	void clockChangeDoesNotStretchTheDay() {
		// Round the clock in Paris: the night of 24-25 October 2026 has 25 hours of wall-clock time
		var always = BusinessCalendar.always(PARIS);
		Instant saturdayNoon = Instant.parse("2026-10-24T10:00:00Z");

		Instant due = always.plus(saturdayNoon, Duration.ofHours(24));

		assertThat(due).isEqualTo(Instant.parse("2026-10-25T10:00:00Z"));
		assertThat(due.atZone(PARIS).toLocalTime()).isEqualTo(LocalTime.of(11, 0));
		// with office hours the same span counts nine hours on each business day
		Instant mondayMorning = Instant.parse("2026-10-26T08:00:00Z"); // 09:00 Paris, now UTC+1
		assertThat(FRANCE.plus(Instant.parse("2026-10-23T07:00:00Z"), Duration.ofHours(9))).isEqualTo(
				Instant.parse("2026-10-23T16:00:00Z"));
		assertThat(FRANCE.plus(Instant.parse("2026-10-23T16:00:00Z"), Duration.ofMinutes(1)))
			.isEqualTo(mondayMorning.plusSeconds(60));
	}

	@Test
	void eachUnitCountsInItsOwnTimeZone() {
		var egypt = new BusinessCalendar(CAIRO,
				Map.of(java.time.DayOfWeek.SUNDAY, java.util.List.of(new BusinessCalendar.Opening(LocalTime.of(9, 0),
						LocalTime.of(17, 0)))),
				Set.of());
		Instant fridayNoonUtc = Instant.parse("2026-11-27T12:00:00Z");

		assertThat(egypt.plus(fridayNoonUtc, Duration.ofHours(1)).atZone(CAIRO).toLocalDateTime())
			.hasToString("2026-11-29T10:00");
	}

	@Test
	void refusesNonsense() {
		assertThatThrownBy(() -> new BusinessCalendar.Opening(LocalTime.of(18, 0), LocalTime.of(9, 0)))
			.hasMessageContaining("end after they start");
		assertThatThrownBy(() -> FRANCE.plus(Instant.now(), Duration.ofHours(-1))).hasMessageContaining("backwards");
	}
}
