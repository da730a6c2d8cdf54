package io.dandelion.conversations.ingest;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.ItemSink;
import io.dandelion.conversations.MessageId;
import io.dandelion.conversations.MessagesReceived;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores what channels deliver: one transaction per batch, never one per item. The batch's
 * {@link MessagesReceived} is published inside the same transaction, so the pipeline hears of exactly
 * the messages that were committed, once.
 */
@Component
class BatchIngest implements ItemSink {

	private static final int ATTEMPTS = 5;

	private final ObjectProvider<Channels> channels;
	private final IngestWriter writer;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;

	BatchIngest(ObjectProvider<Channels> channels, IngestWriter writer, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		this.channels = channels;
		this.writer = writer;
		this.transactions = transactions;
		this.events = events;
	}

	@Override
	public IngestResult accept(ChannelId id, List<InboundItem> items) {
		if (items.isEmpty()) {
			return new IngestResult(0, 0);
		}
		ChannelSummary channel = channel(id);
		PreparedBatch batch = PreparedBatch.of(items);
		for (int attempt = 1;; attempt++) {
			try {
				int stored = transactions.execute(status -> store(channel, batch));
				return new IngestResult(stored, items.size() - stored);
			}
			catch (PessimisticLockingFailureException e) {
				// a deadlock with a concurrent batch rolled this one back whole; running it again is safe
				if (attempt == ATTEMPTS) {
					throw e;
				}
			}
		}
	}

	private int store(ChannelSummary channel, PreparedBatch batch) {
		List<MessageId> stored = writer.write(channel, batch).stream().map(m -> new MessageId(m.id())).toList();
		if (!stored.isEmpty()) {
			events.publishEvent(new MessagesReceived(channel.id(), channel.unit(), stored));
		}
		return stored.size();
	}

	private ChannelSummary channel(ChannelId id) {
		Channels directory = channels.getIfAvailable();
		if (directory == null) {
			throw new IllegalStateException("no channel directory: the channels module is not running");
		}
		return directory.find(id).orElseThrow(() -> new IllegalArgumentException("unknown channel " + id));
	}
}
