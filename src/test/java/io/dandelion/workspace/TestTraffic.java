package io.dandelion.workspace;

import static org.mockito.BDDMockito.given;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.ItemSink;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Channels and customer messages for workspace tests, stored through the real ingest. */
public final class TestTraffic {

	private static final AtomicLong clock = new AtomicLong(Instant.parse("2026-11-02T08:00:00Z").getEpochSecond());

	private final Channels channels;
	private final ItemSink sink;

	public TestTraffic(Channels channels, ItemSink sink) {
		this.channels = channels;
		this.sink = sink;
	}

	public ChannelSummary channel(UnitId unit, String platform, String handle) {
		var channel = new ChannelSummary(ChannelId.random(), unit, TeamId.random(), platform, handle);
		given(channels.find(channel.id())).willReturn(java.util.Optional.of(channel));
		return channel;
	}

	/** A customer's comment starting a new conversation; returns the comment's external id. */
	public String comment(ChannelSummary channel, String author, String text) {
		String id = "c-" + UUID.randomUUID();
		sink.accept(channel.id(), List.of(item(id, id, null, author, text)));
		return id;
	}

	/** A customer's answer in the thread rooted at {@code root}. */
	public String reply(ChannelSummary channel, String root, String author, String text) {
		String id = "r-" + UUID.randomUUID();
		sink.accept(channel.id(), List.of(item(id, root, root, author, text)));
		return id;
	}

	private static InboundItem item(String id, String root, String parent, String author, String text) {
		return new InboundItem(id, InboundItem.Kind.COMMENT, InboundItem.Direction.INBOUND, root, parent,
				new InboundItem.Author("a-" + author, "@" + author, author), text,
				Instant.ofEpochSecond(clock.incrementAndGet()), List.of(), Map.of());
	}
}
