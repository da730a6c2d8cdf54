package io.dandelion.analytics;

import static io.dandelion.analytics.Traffic.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.analytics.Traffic.Thread;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelState;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitKind;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.routing.SlaBreached;
import io.dandelion.routing.SlaDeadline;
import io.dandelion.routing.SlaTimer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;

@AnalyticsTest
class OperationsMetricsTests {

	@Autowired
	MeterRegistry registry;

	@Autowired
	OperationsMetrics metrics;

	@Autowired
	WorkRecords work;

	@Autowired
	RollUps rollUps;

	@Autowired
	MockMvc mvc;

	@Autowired
	CurrentAccess access;

	@Autowired
	Channels channels;

	@Autowired
	Units units;

	Thread thread = Thread.on(UnitId.random(), ChannelId.random(), "mastodon");

	@Test
	void countsIngestedMessagesAndSlaBreachesAndMeasuresTheBacklog() throws Exception {
		given(access.get()).willReturn(ReportScopes.analystOf(thread.unit()));
		var message = thread.customerWrites("2026-11-02T09:00:00Z");
		metrics.received(List.of(message, thread.brandAnswers("2026-11-02T09:05:00Z")));
		double before = breaches();
		work.record(new SlaBreached(List.of(new SlaDeadline(thread.id(), message.unit(), SlaTimer.Kind.FIRST_RESPONSE,
				"standard", Instant.parse("2026-11-02T10:00:00Z")))));
		rollUps.record(received(message));
		metrics.refreshBacklog();

		assertThat(registry.get("dandelion.ingest.messages").tag("platform", "mastodon").tag("direction", "inbound")
			.counter().count()).isEqualTo(1.0);
		assertThat(breaches()).isEqualTo(before + 1);
		assertThat(registry.get("dandelion.ingest.lag").tag("platform", "mastodon").summary().count()).isEqualTo(2);
		assertThat(registry.get("dandelion.backlog.conversations").tag("status", "open").gauge().value()).isPositive();
		assertThat(registry.get("dandelion.backlog.oldest").gauge().value()).isGreaterThan(24 * 3600);
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dandelion_sla_breaches_total{kind=\"first_response\"}")));
	}

	@Test
	void exportsChannelHealthAndShowsItWithTheIngestLagOnTheMonitoringPage() throws Exception {
		UnitId france = UnitId.random();
		UnitId spain = UnitId.random();
		Instant now = Instant.now();
		var failing = state(france, "x", "<i>acme_fr</i>", false, "FAILING", 3, now.minusSeconds(1200), now.minusSeconds(900));
		var onTime = state(france, "mastodon", "acme@social.example", false, "HEALTHY", 0, now.minusSeconds(30),
				now.plusSeconds(30));
		var paused = state(france, "youtube", "AcmeFR", true, "HEALTHY", 0, now.minusSeconds(86400), now.minusSeconds(86000));
		var elsewhere = state(spain, "x", "acme_es", false, "UNAUTHORISED", 7, now.minusSeconds(60), now.minusSeconds(30));
		given(channels.states()).willReturn(List.of(failing, onTime, paused, elsewhere));
		given(units.find(france)).willReturn(Optional.of(new UnitSummary(france, "fr", "France", UnitKind.COUNTRY, null,
				"Europe/Paris", List.of("fr"), "FR")));
		given(access.get()).willReturn(ReportScopes.analystOf(france));
		// its own platform: the other test counts mastodon's messages
		var bluesky = Thread.on(france, ChannelId.random(), "bluesky");
		metrics.received(List.of(bluesky.customerWrites(now.minusSeconds(90).toString())));

		metrics.refreshChannels();

		assertThat(registry.get("dandelion.channels").tag("platform", "x").tag("health", "failing").gauge().value())
			.isEqualTo(1);
		assertThat(registry.get("dandelion.channels").tag("platform", "youtube").tag("health", "paused").gauge().value())
			.isEqualTo(1);
		assertThat(registry.get("dandelion.channel.failures").tag("channel", failing.channel().id().toString()).gauge().value())
			.isEqualTo(3);
		assertThat(registry.get("dandelion.channel.poll.delay").tag("channel", failing.channel().id().toString()).gauge()
			.value()).isBetween(899.0, 960.0);
		assertThat(registry.get("dandelion.channel.poll.delay").tag("channel", paused.channel().id().toString()).gauge()
			.value()).as("a paused channel is not late").isZero();
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(content().string(containsString("dandelion_channel_poll_delay_seconds{channel=\""
					+ failing.channel().id())))
			.andExpect(content().string(containsString("dandelion_channels{health=\"unauthorised\",platform=\"x\"} 1")));

		// the health changes: the old series goes, the new one comes
		given(channels.states()).willReturn(List.of(onTime));
		metrics.refreshChannels();
		assertThat(registry.find("dandelion.channel.failures").tag("channel", failing.channel().id().toString()).gauge())
			.isNull();

		given(channels.states()).willReturn(List.of(failing, onTime, paused, elsewhere));
		mvc.perform(get("/reports/monitoring").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Supervision</h1>")))
			.andExpect(content().string(containsString("x &lt;i&gt;acme_fr&lt;/i&gt;</td>")))
			.andExpect(content().string(containsString("<td>en échec</td><td>3</td>")))
			.andExpect(content().string(containsString("<td>en pause</td>")))
			.andExpect(content().string(containsString("heure</td>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("acme_es"))))
			.andExpect(content().string(containsString("<th scope=\"row\">bluesky</th><td>1</td>")))
			.andExpect(content().string(containsString("<td>1 min ")));
		given(access.get()).willReturn(ReportScopes.agentOf(france));
		mvc.perform(get("/reports/monitoring")).andExpect(status().isForbidden());
	}

	private static ChannelState state(UnitId unit, String platform, String handle, boolean paused, String health,
			int failures, Instant lastPolled, Instant due) {
		return new ChannelState(new ChannelSummary(ChannelId.random(), unit, new TeamId(UUID.randomUUID()), platform, handle),
				paused, health, failures, lastPolled, due);
	}

	@Test
	@WithAnonymousUser
	void keepsTheMetricsFromAnonymousCallers() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
	}

	private double breaches() {
		var counter = registry.find("dandelion.sla.breaches").tag("kind", "first_response").counter();
		return counter == null ? 0 : counter.count();
	}
}
