package io.dandelion.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;

import io.dandelion.analytics.Traffic.Thread;
import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.Messages;
import io.dandelion.conversations.MessagesReceived;
import io.dandelion.moderation.MessagesModerated;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.Units;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@AnalyticsTest
class PipelineListenerTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Messages messages;

	@Autowired
	Units units;

	@Autowired
	Reports reports;

	@Test
	void rollsUpTheBatchesThePipelinePublishes() {
		var france = UnitId.random();
		given(units.subtreeIds(france)).willReturn(Set.of(france));
		var thread = Thread.on(france, ChannelId.random(), "x");
		var message = thread.customerWrites("2026-11-02T09:05:00Z");
		given(messages.load(anyCollection())).willReturn(List.of(message));
		var query = new ReportQuery(Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-03T00:00:00Z"), france);

		// moderation hears this batch too and may classify the message first: count it, whatever its intent
		transactions.executeWithoutResult(
				tx -> events.publishEvent(new MessagesReceived(thread.channel(), france, List.of(message.id()))));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(reports.volumes(ReportScopes.analystOf(france), query, Dimension.TOTAL))
				.extracting(VolumeRow::total)
				.containsExactly(1L));

		var complaint = thread.customerWrites("2026-11-02T09:10:00Z");
		given(messages.load(anyCollection())).willReturn(List.of(complaint));
		transactions.executeWithoutResult(tx -> events.publishEvent(new MessagesModerated(thread.channel(), france,
				List.of(Traffic.moderation(complaint, "fr", "complaint", -0.9)))));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(reports.volumes(ReportScopes.analystOf(france), query, Dimension.TOTAL))
				.extracting(VolumeRow::total)
				.containsExactly(2L));
		assertThat(reports.volumes(ReportScopes.analystOf(france), query, Dimension.INTENT))
			.extracting(VolumeRow::key)
			.contains("complaint");
	}
}
