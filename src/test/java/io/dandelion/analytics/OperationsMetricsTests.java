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
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.SlaBreached;
import io.dandelion.routing.SlaDeadline;
import io.dandelion.routing.SlaTimer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
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
	@WithAnonymousUser
	void keepsTheMetricsFromAnonymousCallers() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
	}

	private double breaches() {
		var counter = registry.find("dandelion.sla.breaches").tag("kind", "first_response").counter();
		return counter == null ? 0 : counter.count();
	}
}
