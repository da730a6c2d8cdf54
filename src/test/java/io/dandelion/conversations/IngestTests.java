package io.dandelion.conversations;

import static io.dandelion.conversations.InboundItems.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.ItemSink;
import io.dandelion.channels.ItemSink.IngestResult;
import io.dandelion.organisation.UnitId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ConversationsTest
class IngestTests {

	@Autowired
	Channels channels;

	@Autowired
	ItemSink sink;

	@Autowired
	JdbcClient jdbc;

	ChannelSummary channel;

	@BeforeEach
	void connectAChannel() {
		channel = TestChannels.register(channels, UnitId.random(), "x");
	}

	@Test
	void neverStoresADuplicate() {
		List<InboundItem> batch = traffic("dup", 50);

		assertThat(sink.accept(channel.id(), batch)).isEqualTo(new IngestResult(50, 0));
		assertThat(sink.accept(channel.id(), batch)).isEqualTo(new IngestResult(0, 50));

		assertThat(count("message")).isEqualTo(50);
		assertThat(count("conversation")).isEqualTo(7);
		assertThat(jdbc.sql("select sum(message_count) from conversation where channel_id = ?")
			.param(channel.id().value())
			.query(Long.class)
			.single()).isEqualTo(50);
	}

	@Test
	void storesAnItemRepeatedInOneBatchOnce() {
		InboundItem comment = anyComment();

		assertThat(sink.accept(channel.id(), List.of(comment, comment))).isEqualTo(new IngestResult(1, 1));
	}

	@Test
	void threadsARepliesThatArriveBeforeTheirParentAndRoot() {
		var post = commentOn("post-1", "post-1");
		var first = replyTo("post-1", "post-1", "c-1");
		var reply = replyTo("post-1", "c-1", "c-2");

		sink.accept(channel.id(), List.of(reply));
		sink.accept(channel.id(), List.of(first));
		sink.accept(channel.id(), List.of(post));

		assertThat(jdbc.sql("select count(distinct conversation_id) from message where channel_id = ?")
			.param(channel.id().value())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select message_count from conversation where root_external_id = 'post-1'")
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void knowsAnAuthorOnOnePlatformAsOneContact() {
		var author = anyAuthor();
		sink.accept(channel.id(), List.of(directMessage("dm-1", "m-1", author), directMessage("dm-1", "m-2", author)));
		var other = TestChannels.register(channels, channel.unit(), "x");
		sink.accept(other.id(), List.of(directMessage("dm-9", "m-1", author)));

		assertThat(jdbc.sql("select count(*) from contact where external_id = ?")
			.param(author.externalId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select kind from conversation where root_external_id = 'dm-1'").query(String.class).single())
			.isEqualTo("DIRECT_MESSAGES");
	}

	@Test
	void refusesABatchWithABadItemWhole() {
		var items = new ArrayList<>(traffic("bad", 3));
		var good = items.get(0);
		items.add(new InboundItem(" ", good.kind(), good.direction(), null, null, good.author(), "x", good.createdAt(),
				List.of(), java.util.Map.of()));

		assertThatThrownBy(() -> sink.accept(channel.id(), items)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("item 3: externalId is blank");
		assertThat(count("message")).isZero();
	}

	@Test
	void refusesItemsOfAnUnknownChannel() {
		assertThatThrownBy(() -> sink.accept(io.dandelion.channels.ChannelId.random(), List.of(anyComment())))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("unknown channel");
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table + " where channel_id = ?")
			.param(channel.id().value())
			.query(Long.class)
			.single();
	}
}
