package io.dandelion.workspace.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dandelion.channels.Channels;
import io.dandelion.channels.ItemSink;
import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.UnitId;
import io.dandelion.workspace.TestTraffic;
import io.dandelion.workspace.WorkspaceTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Two listeners on one database stand for two application nodes. */
@WorkspaceTest
class LiveBusTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	LiveBus bus;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Channels channels;

	@Autowired
	ItemSink sink;

	@Autowired
	JdbcClient jdbc;

	final List<LiveChange> heardByNodeA = new CopyOnWriteArrayList<>();
	final List<LiveChange> heardByNodeB = new CopyOnWriteArrayList<>();
	LiveBus nodeA;
	LiveBus nodeB;

	@BeforeEach
	void twoNodesListening() {
		nodeA = new LiveBus(dataSource, heardByNodeA::add);
		nodeB = new LiveBus(dataSource, heardByNodeB::add);
		nodeA.listen();
		nodeB.listen();
		await().atMost(Duration.ofSeconds(10)).until(() -> nodeA.listening() && nodeB.listening());
	}

	@AfterEach
	void stop() {
		nodeA.close();
		nodeB.close();
	}

	@Test
	void everyNodeHearsAChangeOnceItIsCommitted() {
		var change = change("fr", null);
		transactions.executeWithoutResult(status -> {
			bus.publish(List.of(change));
			sleep(300);
			assertThat(heardByNodeA).as("nothing is heard before the commit").isEmpty();
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> heardByNodeA.contains(change) && heardByNodeB.contains(change));
	}

	@Test
	void nobodyHearsOfARolledBackChange() {
		var rolledBack = change("fr", null);
		var committed = change("de", null);
		transactions.executeWithoutResult(status -> {
			bus.publish(List.of(rolledBack));
			status.setRollbackOnly();
		});
		bus.publish(List.of(committed));
		await().atMost(Duration.ofSeconds(10)).until(() -> heardByNodeB.contains(committed));
		assertThat(heardByNodeA).doesNotContain(rolledBack);
		assertThat(heardByNodeB).doesNotContain(rolledBack);
	}

	@Test
	void carriesBigBatchesInSeveralNotificationsAndOddTextIntact() {
		List<LiveChange> many = IntStream.range(0, 300).mapToObj(i -> change(null, "Zoë | \"agent\" nr " + i + "\n")).toList();
		assertThat(LiveBus.payloads(many)).hasSizeGreaterThan(1).allMatch(p -> p.length() <= LiveBus.MAX_PAYLOAD);

		bus.publish(many);
		await().atMost(Duration.ofSeconds(10)).until(() -> heardByNodeB.containsAll(many));
		assertThat(heardByNodeB).containsSubsequence(many);
	}

	@Test
	void announcesTheConversationsOfAStoredBatch() {
		var unit = UnitId.random();
		var traffic = new TestTraffic(channels, sink);
		var channel = traffic.channel(unit, "mastodon", "@acme");
		String root = traffic.comment(channel, "jeanne", "Bonjour, ma box ne marche plus");
		var conversation = new ConversationId(jdbc.sql("select id from conversation where root_external_id = ?")
			.param(root)
			.query(UUID.class)
			.single());

		await().atMost(Duration.ofSeconds(10))
			.until(() -> heardByNodeA.stream()
				.anyMatch(c -> c.conversation().equals(conversation) && c.unit().equals(unit)
						&& c.platform().equals("mastodon") && c.kind() == LiveChange.Kind.CONVERSATION));
	}

	private static LiveChange change(String language, String detail) {
		return new LiveChange(LiveChange.Kind.CONVERSATION, new ConversationId(UUID.randomUUID()), UnitId.random(), "x",
				language, detail);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
