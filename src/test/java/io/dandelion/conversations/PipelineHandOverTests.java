package io.dandelion.conversations;

import static io.dandelion.conversations.InboundItems.traffic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dandelion.channels.Channels;
import io.dandelion.channels.ItemSink;
import io.dandelion.organisation.UnitId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@SpringBootTest
@Import(PipelineHandOverTests.Pipeline.class)
class PipelineHandOverTests {

	@MockitoBean
	Channels channels;

	@Autowired
	ItemSink sink;

	@Autowired
	Pipeline pipeline;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Messages messages;

	@Test
	void handsEachCommittedBatchToThePipelineOnceAndDurably() {
		var channel = TestChannels.register(channels, UnitId.random(), "x");
		var items = traffic("handover", 30);

		sink.accept(channel.id(), items);
		sink.accept(channel.id(), items);

		await().atMost(Duration.ofSeconds(10)).until(() -> pipeline.received().size() == 1);
		assertThat(messages.load(pipeline.received().get(0).messages())).extracting(ReceivedMessage::text)
			.containsExactlyElementsOf(items.stream().map(io.dandelion.channels.InboundItem::text).toList());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is not null "
					+ "and listener_id like '%PipelineHandOverTests%'")
				.query(Long.class)
				.single() == 1);
	}

	@TestConfiguration
	static class Pipeline {

		private final List<MessagesReceived> received = new CopyOnWriteArrayList<>();

		List<MessagesReceived> received() {
			return received;
		}

		@ApplicationModuleListener
		void on(MessagesReceived batch) {
			received.add(batch);
		}
	}
}
