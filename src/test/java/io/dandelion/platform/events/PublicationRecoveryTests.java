package io.dandelion.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.ItemSink;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.Units;
import io.dandelion.support.PipelineQuiet;
import io.dandelion.workspace.TestTraffic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.config.StalenessProperties;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The pipeline's hand-overs after a crash, against the demo organisation and the whole pipeline (ingest,
 * moderation, routing, analytics). A crash is what it leaves in the database: publications still
 * {@code PUBLISHED} or {@code PROCESSING} whose work is lost with the process (here: the queued listener
 * tasks are dropped from the executor), or whose work committed but whose completion was not recorded.
 * Staleness (Spring Modulith's monitor, run here by hand) marks them failed once old enough, and
 * {@link PublicationRecovery} resubmits them: the work is done exactly once, and a recent publication,
 * as another live node's work in flight would be, is left alone. (Same configuration as
 * {@code OwnershipPageTests}, so the context is shared.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@MockitoBean(types = { Channels.class, ChannelActions.class })
class PublicationRecoveryTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ItemSink sink;

	@Autowired
	PublicationRecovery recovery;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	StalenessProperties staleness;

	@Autowired
	@Qualifier("applicationTaskExecutor")
	ThreadPoolTaskExecutor executor;

	ChannelSummary channel;

	@BeforeEach
	void demoOrganisationWithAFrenchAccount(@Autowired DemoOrganisationForTests demo, @Autowired Units units,
			@Autowired Channels channels) {
		demo.seed();
		channel = new TestTraffic(channels, sink).channel(units.findByCode("fr").orElseThrow().id(), "x",
				"@recovery_" + UUID.randomUUID());
	}

	@Test
	void aBatchWhoseHandOverDiedWithTheProcessIsModeratedAndRoutedOnceWhenStaleAndNotBefore() throws Exception {
		List<InboundItem> items = complaints("lost", 5);
		dropHandOversOf(() -> sink.accept(channel.id(), items));
		assertThat(publications("MessagesReceived")).as("left behind, as a SIGKILL leaves them")
			.containsOnly("PUBLISHED");

		// recent: as far as anyone can tell, another node is working on it
		recoverNow();
		Thread.sleep(1500);
		assertThat(decisions(items)).as("a recent publication is not resubmitted").isZero();
		assertThat(publications("MessagesReceived")).containsOnly("PUBLISHED");

		age("MessagesReceived");
		recoverNow();

		await().atMost(Duration.ofSeconds(60)).until(() -> routed(items) == items.size());
		PipelineQuiet.await(dataSource, Duration.ofSeconds(30));
		await().atMost(Duration.ofSeconds(30)).until(() -> !publications(null).contains("RESUBMITTED"));
		assertThat(decisions(items)).isEqualTo(items.size());
		assertThat(routed(items)).isEqualTo(items.size());
		assertThat(count("routing_decision d join message m on m.conversation_id = d.conversation_id "
				+ "where m.channel_id = ?")).isEqualTo(items.size());
		assertThat(count("analytics_message a join message m on m.id = a.message_id where m.channel_id = ?"))
			.isEqualTo(items.size());
		assertThat(publications("MessagesReceived")).containsOnly("COMPLETED");
	}

	@Test
	void aBatchHandedOverAgainAfterItsWorkCommittedChangesNothing() {
		List<InboundItem> items = complaints("done", 4);
		sink.accept(channel.id(), items);
		await().atMost(Duration.ofSeconds(60)).until(() -> routed(items) == items.size());
		PipelineQuiet.await(dataSource, Duration.ofSeconds(30));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> publications(null).stream().allMatch("COMPLETED"::equals));
		// meanwhile an agent resolved one of the conversations
		jdbc.sql("""
				update routing_item set state = 'DONE' where conversation_id =
				    (select conversation_id from message where channel_id = ? and external_id = ?)""")
			.params(channel.id().value(), items.get(0).externalId())
			.update();
		long timers = count("sla_timer t join message m on m.conversation_id = t.conversation_id where m.channel_id = ?");
		long audited = count("audit_entry a join message m on a.subject_id = m.conversation_id::text "
				+ "where m.channel_id = ? and a.action = 'routing.routed'");
		long volume = jdbc.sql("select coalesce(sum(messages), 0) from analytics_volume where channel_id = ?")
			.param(channel.id().value())
			.query(Long.class)
			.single();
		assertThat(audited).isEqualTo(items.size());

		// the process died after the listeners committed, before their completion was recorded
		jdbc.sql("""
				update event_publication set completion_date = null, status = 'PROCESSING',
				    publication_date = now() - interval '1 hour'
				where serialized_event like ?""")
			.param("%" + channel.id() + "%")
			.update();
		recoverNow();

		await().atMost(Duration.ofSeconds(60))
			.until(() -> publications(null).stream().allMatch("COMPLETED"::equals));
		assertThat(decisions(items)).isEqualTo(items.size());
		assertThat(count("routing_decision d join message m on m.conversation_id = d.conversation_id "
				+ "where m.channel_id = ?")).isEqualTo(items.size());
		assertThat(count("routing_item i join message m on m.conversation_id = i.conversation_id "
				+ "where m.channel_id = ? and i.state = 'DONE'")).as("the resolved conversation stays resolved")
			.isEqualTo(1);
		assertThat(count("sla_timer t join message m on m.conversation_id = t.conversation_id where m.channel_id = ?"))
			.isEqualTo(timers);
		assertThat(count("audit_entry a join message m on a.subject_id = m.conversation_id::text "
				+ "where m.channel_id = ? and a.action = 'routing.routed'")).isEqualTo(audited);
		assertThat(jdbc.sql("select coalesce(sum(messages), 0) from analytics_volume where channel_id = ?")
			.param(channel.id().value())
			.query(Long.class)
			.single()).as("analytics counted each message once").isEqualTo(volume);
	}

	@Test
	void aPublicationThatKeepsFailingIsRetriedLessAndLessOften() {
		Instant now = Instant.parse("2026-12-03T20:00:00Z");
		// the registry counts the first delivery as attempt 1, stamped at publication
		assertThat(PublicationRecovery.due(publication(1, now.minusSeconds(1)), now)).isTrue();
		assertThat(PublicationRecovery.due(publication(2, now.minusSeconds(59)), now)).isFalse();
		assertThat(PublicationRecovery.due(publication(2, now.minusSeconds(60)), now)).isTrue();
		assertThat(PublicationRecovery.due(publication(4, now.minusSeconds(239)), now)).isFalse();
		assertThat(PublicationRecovery.due(publication(4, now.minusSeconds(240)), now)).isTrue();
		assertThat(PublicationRecovery.due(publication(30, now.minusSeconds(3599)), now)).isFalse();
		assertThat(PublicationRecovery.due(publication(30, now.minusSeconds(3600)), now)).isTrue();
	}

	/** What a node that died takes with it: the listeners' work, queued in memory after the commit. */
	private void dropHandOversOf(Runnable ingest) throws InterruptedException {
		PipelineQuiet.await(dataSource, Duration.ofSeconds(30));
		int threads = executor.getCorePoolSize();
		CountDownLatch busy = new CountDownLatch(threads);
		CountDownLatch release = new CountDownLatch(1);
		for (int i = 0; i < threads; i++) {
			executor.execute(() -> {
				busy.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
		}
		try {
			assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();
			ingest.run();
			await().atMost(Duration.ofSeconds(10)).until(() -> !executor.getThreadPoolExecutor().getQueue().isEmpty());
			executor.getThreadPoolExecutor().getQueue().clear();
		}
		finally {
			release.countDown();
		}
	}

	private void recoverNow() {
		registry.markStalePublicationsFailed(staleness);
		recovery.resubmitFailed();
	}

	private void age(String eventType) {
		jdbc.sql("update event_publication set publication_date = now() - interval '1 hour' "
				+ "where event_type like ? and serialized_event like ?")
			.params("%" + eventType, "%" + channel.id() + "%")
			.update();
	}

	/** The statuses of this channel's publications, of one event type or of all. */
	private List<String> publications(String eventType) {
		return jdbc.sql("select coalesce(status, case when completion_date is null then 'PUBLISHED' else 'COMPLETED' end) "
				+ "from event_publication where serialized_event like ? and event_type like ?")
			.params("%" + channel.id() + "%", "%" + (eventType == null ? "" : eventType))
			.query(String.class)
			.list();
	}

	private long decisions(List<InboundItem> items) {
		return count("moderation_decision d join message m on m.id = d.message_id where m.channel_id = ?");
	}

	private long routed(List<InboundItem> items) {
		return count("routing_item i join message m on m.conversation_id = i.conversation_id where m.channel_id = ?");
	}

	private long count(String from) {
		return jdbc.sql("select count(*) from " + from).param(channel.id().value()).query(Long.class).single();
	}

	private static List<InboundItem> complaints(String tag, int n) {
		List<InboundItem> items = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String id = tag + "-" + UUID.randomUUID();
			items.add(new InboundItem(id, InboundItem.Kind.COMMENT, InboundItem.Direction.INBOUND, id, null,
					new InboundItem.Author("a-" + id, "@client" + i, "Client " + i),
					"Ma facture est fausse depuis trois mois, je suis très mécontent, aidez-moi s'il vous plaît (" + i + ")",
					Instant.now().minusSeconds(60 - i), List.of(), Map.of()));
		}
		return items;
	}

	private static org.springframework.modulith.events.EventPublication publication(int attempts, Instant last) {
		return new org.springframework.modulith.events.EventPublication() {
			@Override
			public UUID getIdentifier() {
				return UUID.randomUUID();
			}

			@Override
			public Object getEvent() {
				return "event";
			}

			@Override
			public Instant getPublicationDate() {
				return Instant.EPOCH;
			}

			@Override
			public java.util.Optional<Instant> getCompletionDate() {
				return java.util.Optional.empty();
			}

			@Override
			public Status getStatus() {
				return Status.FAILED;
			}

			@Override
			public Instant getLastResubmissionDate() {
				return last;
			}

			@Override
			public int getCompletionAttempts() {
				return attempts;
			}
		};
	}
}
