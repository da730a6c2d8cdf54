package io.dandelion.analytics;

import static io.dandelion.analytics.Traffic.moderated;
import static io.dandelion.analytics.Traffic.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.BDDMockito.given;

import io.dandelion.analytics.Traffic.Thread;
import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.Units;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AnalyticsTest
class RollUpsTests {

	static final ReportQuery NOVEMBER_2 = new ReportQuery(Instant.parse("2026-11-02T00:00:00Z"),
			Instant.parse("2026-11-03T00:00:00Z"), null);

	@Autowired
	RollUps rollUps;

	@Autowired
	Reports reports;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	UnitId france = UnitId.random();

	ReportScopes analyst = ReportScopes.analystOf(france);

	Thread onX = Thread.on(france, ChannelId.random(), "x");

	@BeforeEach
	void unitTree() {
		given(units.subtreeIds(france)).willReturn(Set.of(france));
	}

	@Test
	void countsEveryMessageOnceEvenWhenABatchIsReplayed() {
		Thread onFacebook = Thread.on(france, ChannelId.random(), "facebook");
		var batch = received(onX.customerWrites("2026-11-02T09:05:00Z"), onX.customerWrites("2026-11-02T09:40:00Z"),
				onX.brandAnswers("2026-11-02T10:10:00Z"), onFacebook.customerWrites("2026-11-02T09:20:00Z"));

		rollUps.record(batch);
		rollUps.record(batch);

		assertThat(reports.volumes(analyst, NOVEMBER_2, Dimension.HOUR))
			.extracting(VolumeRow::key, VolumeRow::inbound, VolumeRow::outbound)
			.containsExactly(tuple("2026-11-02T09:00Z", 3L, 0L), tuple("2026-11-02T10:00Z", 0L, 1L));
		assertThat(reports.volumes(analyst, NOVEMBER_2, Dimension.PLATFORM))
			.extracting(VolumeRow::key, VolumeRow::inbound, VolumeRow::outbound)
			.containsExactly(tuple("x", 2L, 1L), tuple("facebook", 1L, 0L));
	}

	@Test
	void movesAMessageToTheIntentAndSentimentModerationFoundOnce() {
		var complaint = onX.customerWrites("2026-11-02T09:05:00Z");
		var praise = onX.customerWrites("2026-11-02T09:06:00Z");
		rollUps.record(received(complaint, praise));

		rollUps.record(List.of(moderated(complaint, "fr", "complaint", -0.6)));
		rollUps.record(List.of(moderated(complaint, "fr", "complaint", -0.6)));
		rollUps.record(List.of(moderated(praise, "fr", "praise", 0.8)));

		assertThat(reports.volumes(analyst, NOVEMBER_2, Dimension.SENTIMENT)).extracting(VolumeRow::key, VolumeRow::total)
			.containsExactlyInAnyOrder(tuple("negative", 1L), tuple("positive", 1L));
		assertThat(reports.volumes(analyst, NOVEMBER_2, Dimension.INTENT)).extracting(VolumeRow::key, VolumeRow::total)
			.containsExactlyInAnyOrder(tuple("complaint", 1L), tuple("praise", 1L));
		assertThat(reports.volumes(analyst, NOVEMBER_2, Dimension.LANGUAGE)).extracting(VolumeRow::key, VolumeRow::total)
			.containsExactly(tuple("fr", 2L));
	}

	@Test
	void countsAMessageModeratedBeforeItsReceiptWasHeardOnce() {
		var complaint = onX.customerWrites("2026-11-02T09:05:00Z");

		rollUps.record(List.of(moderated(complaint, "de", "complaint", -0.1)));
		rollUps.record(received(complaint));

		assertThat(reports.volumes(analyst, NOVEMBER_2, Dimension.INTENT)).extracting(VolumeRow::key, VolumeRow::total)
			.containsExactly(tuple("complaint", 1L));
		assertThat(reports.volumes(analyst, NOVEMBER_2, Dimension.SENTIMENT)).extracting(VolumeRow::key)
			.containsExactly("neutral");
	}

	@Test
	void measuresTheWaitFromTheCustomersFirstMessageToTheFirstAnswer() {
		Thread fast = Thread.on(france, onX.channel(), "x");
		Thread quick = Thread.on(france, onX.channel(), "x");
		Thread slow = Thread.on(france, onX.channel(), "x");
		Thread slowest = Thread.on(france, onX.channel(), "x");
		Thread unanswered = Thread.on(france, onX.channel(), "x");
		Thread announcement = Thread.on(france, onX.channel(), "x");
		rollUps.record(received(fast.customerWrites("2026-11-02T09:00:00Z", "fr"),
				fast.customerWrites("2026-11-02T09:10:00Z", "fr"), quick.customerWrites("2026-11-02T09:00:00Z"),
				slow.customerWrites("2026-11-02T09:00:00Z"), slowest.customerWrites("2026-11-02T09:00:00Z"),
				unanswered.customerWrites("2026-11-02T09:00:00Z"), announcement.brandAnswers("2026-11-02T09:00:00Z")));
		// answers in a later batch, one of them twice and one conversation answered twice
		var answers = received(fast.brandAnswers("2026-11-02T09:00:45Z"), fast.brandAnswers("2026-11-02T09:30:00Z"),
				quick.brandAnswers("2026-11-02T09:04:00Z"), slow.brandAnswers("2026-11-02T09:50:00Z"),
				slowest.brandAnswers("2026-11-02T11:00:00Z"));
		rollUps.record(answers);
		rollUps.record(answers);

		// waits: 45 s, 240 s, 3000 s, 7200 s, each alone in its bin
		assertThat(reports.durations(analyst, NOVEMBER_2, Metric.FIRST_RESPONSE, Dimension.TOTAL))
			.extracting(DurationRow::samples, DurationRow::meanSeconds, DurationRow::medianSeconds, DurationRow::p90Seconds)
			.containsExactly(tuple(4L, (45 + 240 + 3000 + 7200) / 4.0, 240.0, 7200.0));
		// by the hour the answer came in
		assertThat(reports.durations(analyst, NOVEMBER_2, Metric.FIRST_RESPONSE, Dimension.HOUR))
			.extracting(DurationRow::key, DurationRow::samples, DurationRow::meanSeconds)
			.containsExactly(tuple("2026-11-02T09:00Z", 3L, (45 + 240 + 3000) / 3.0), tuple("2026-11-02T11:00Z", 1L, 7200.0));
		assertThat(reports.durations(analyst, NOVEMBER_2, Metric.FIRST_RESPONSE, Dimension.LANGUAGE))
			.extracting(DurationRow::key, DurationRow::samples)
			.containsExactly(tuple("und", 3L), tuple("fr", 1L));
	}

	@Test
	void keepsEachDayAndMonthAsRebuildingThemFromTheHoursWould() {
		Thread october = Thread.on(france, onX.channel(), "x");
		Thread november = Thread.on(france, onX.channel(), "x");
		var complaint = november.customerWrites("2026-11-02T09:05:00Z");
		rollUps.record(received(october.customerWrites("2026-10-31T23:30:00Z"), complaint,
				november.customerWrites("2026-11-03T10:00:00Z")));
		rollUps.record(received(october.brandAnswers("2026-11-01T00:15:00Z"), november.brandAnswers("2026-11-02T09:20:00Z")));
		rollUps.record(List.of(moderated(complaint, "fr", "complaint", -0.6)));
		List<String> kept = grains();

		// the function V94 and the reports benchmark call
		jdbc.sql("select analytics_rebuild_grains()").query().singleRow();

		assertThat(kept).allSatisfy(rows -> assertThat(rows).isNotEmpty()).containsExactlyElementsOf(grains());
		assertThat(kept.get(0)).contains("2026-10-31", "2026-11-01", "2026-11-02", "2026-11-03");
	}

	/**
	 * Messages at the edges of each grain: 2026-09-29 23:30 (an hour of the partial first day), 2026-09-30 22:30 and
	 * 23:30 (a day of the partial first month), October and November (whole months), 2026-12-01 and 2026-12-02 10:00
	 * (a day of the partial last month, an hour of the partial last day). A period from 2026-09-29 23:00 to 2026-12-02
	 * 11:00 reads hourly, daily and monthly rows and counts each message once, as the hours alone would.
	 */
	@Test
	void answersAPeriodOfPartialMonthsAndDaysFromMonthsDaysAndHoursAlike() {
		Thread fr = Thread.on(france, onX.channel(), "x");
		var complaint = fr.customerWrites("2026-10-02T08:00:00Z");
		rollUps.record(received(onX.customerWrites("2026-09-29T23:30:00Z"), onX.customerWrites("2026-09-30T22:30:00Z"),
				onX.customerWrites("2026-09-30T23:30:00Z"),
				onX.customerWrites("2026-10-01T00:30:00Z"), complaint, fr.brandAnswers("2026-11-15T12:00:00Z"),
				onX.customerWrites("2026-12-01T09:00:00Z"), onX.customerWrites("2026-12-02T10:00:00Z"),
				onX.customerWrites("2026-12-02T11:00:00Z")));
		rollUps.record(List.of(moderated(complaint, "fr", "complaint", -0.6)));
		var period = new ReportQuery(Instant.parse("2026-09-29T23:00:00Z"), Instant.parse("2026-12-02T11:00:00Z"), null);
		assertThat(RollUpRows.segments(period, Dimension.LANGUAGE)).extracting(RollUpRows.Segment::grain)
			.containsExactly(Grain.HOUR, Grain.DAY, Grain.MONTH, Grain.DAY, Grain.HOUR);

		assertThat(reports.volumes(analyst, period, Dimension.LANGUAGE))
			.extracting(VolumeRow::key, VolumeRow::inbound, VolumeRow::outbound)
			.containsExactly(tuple("und", 6L, 1L), tuple("fr", 1L, 0L));
		assertThat(reports.volumes(analyst, period, Dimension.MONTH))
			.extracting(VolumeRow::key, VolumeRow::total)
			.containsExactly(tuple("2026-09", 3L), tuple("2026-10", 2L), tuple("2026-11", 1L), tuple("2026-12", 2L));
		assertThat(reports.volumes(analyst, period, Dimension.WEEK).stream().mapToLong(VolumeRow::total).sum()).isEqualTo(8);
		// by day: the daily series table, with hours at the edges
		assertThat(reports.volumes(analyst, period, Dimension.DAY))
			.extracting(VolumeRow::key, VolumeRow::total)
			.containsExactly(tuple("2026-09-29", 1L), tuple("2026-09-30", 2L), tuple("2026-10-01", 1L), tuple("2026-10-02", 1L),
					tuple("2026-11-15", 1L), tuple("2026-12-01", 1L), tuple("2026-12-02", 1L));
		assertThat(reports.sentimentTrend(analyst, period, Dimension.MONTH))
			.extracting(SentimentRow::key, SentimentRow::negative, SentimentRow::unknown)
			.containsExactly(tuple("2026-09", 0L, 3L), tuple("2026-10", 1L, 1L), tuple("2026-12", 0L, 2L));
		assertThat(reports.durations(analyst, period, Metric.FIRST_RESPONSE, Dimension.TOTAL))
			.extracting(DurationRow::samples, DurationRow::meanSeconds)
			.containsExactly(tuple(1L, (double) java.time.Duration.between(Instant.parse("2026-10-02T08:00:00Z"),
					Instant.parse("2026-11-15T12:00:00Z")).toSeconds()));
	}

	/** The daily and monthly roll-ups as text, in a fixed order. */
	private List<String> grains() {
		return List.of("analytics_volume_day", "analytics_volume_month", "analytics_duration_day",
				"analytics_duration_month", "analytics_work_volume_day", "analytics_work_volume_month",
				"analytics_volume_series_day")
			.stream()
			.map(table -> jdbc.sql("select coalesce(string_agg(t::text, ' ' order by t::text), '') from " + table + " t")
				.query(String.class)
				.single())
			.toList();
	}
}
