package io.dandelion.conversations;

import static io.dandelion.conversations.InboundItems.traffic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.ItemSink;
import io.dandelion.channels.ItemSink.IngestResult;
import io.dandelion.organisation.UnitId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@ConversationsTest
@RecordApplicationEvents
class ExactlyOnceTests {

	@Autowired
	Channels channels;

	@Autowired
	ItemSink sink;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	ChannelSummary channel;

	@BeforeEach
	void connectAChannel() {
		channel = TestChannels.register(channels, UnitId.random(), "facebook");
	}

	@Test
	void storesOverlappingBatchesDeliveredConcurrentlyOnce() throws Exception {
		List<InboundItem> items = traffic("race", 1200);
		List<List<InboundItem>> batches = List.of(items.subList(0, 800), items.subList(400, 1200),
				reversed(items.subList(200, 1000)), items);
		var start = new CyclicBarrier(batches.size());
		ExecutorService pool = Executors.newFixedThreadPool(batches.size());
		try {
			List<Future<IngestResult>> results = new ArrayList<>();
			for (var batch : batches) {
				results.add(pool.submit(() -> {
					start.await();
					return sink.accept(channel.id(), batch);
				}));
			}
			int stored = 0;
			for (var result : results) {
				stored += result.get().stored();
			}
			assertThat(stored).isEqualTo(1200);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(messages()).isEqualTo(1200);
		assertThat(countedInConversations()).isEqualTo(1200);
		assertThat(announced()).hasSize(1200);
	}

	@Test
	void losesNothingAndDuplicatesNothingWhenABatchCrashesBeforeCommit() {
		List<InboundItem> items = traffic("crash", 300);
		sink.accept(channel.id(), items.subList(0, 100));

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			sink.accept(channel.id(), items.subList(50, 250));
			throw new IllegalStateException("the node died before the commit");
		})).hasMessage("the node died before the commit");
		assertThat(messages()).isEqualTo(100);

		assertThat(sink.accept(channel.id(), items)).isEqualTo(new IngestResult(200, 100));
		assertThat(messages()).isEqualTo(300);
		assertThat(countedInConversations()).isEqualTo(300);
	}

	@Test
	void announcesEachBatchOnceWithItsNewMessagesOnly() {
		List<InboundItem> items = traffic("events", 20);
		sink.accept(channel.id(), items.subList(0, 10));
		sink.accept(channel.id(), items);
		sink.accept(channel.id(), items);

		var received = events.stream(MessagesReceived.class).toList();
		assertThat(received).hasSize(2);
		assertThat(received.get(1).messages()).hasSize(10);
		assertThat(received.get(1).unit()).isEqualTo(channel.unit());
		assertThat(new HashSet<>(announced())).hasSize(20);
	}

	private List<MessageId> announced() {
		return events.stream(MessagesReceived.class).flatMap(e -> e.messages().stream()).toList();
	}

	private long messages() {
		return jdbc.sql("select count(*) from message where channel_id = ?")
			.param(channel.id().value())
			.query(Long.class)
			.single();
	}

	private long countedInConversations() {
		return jdbc.sql("select sum(message_count) from conversation where channel_id = ?")
			.param(channel.id().value())
			.query(Long.class)
			.single();
	}

	private static List<InboundItem> reversed(List<InboundItem> items) {
		var copy = new ArrayList<>(items);
		java.util.Collections.reverse(copy);
		return copy;
	}
}
