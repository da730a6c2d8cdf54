package io.dandelion.channels;

import java.util.List;

/**
 * Where connectors deliver what they fetched. Implemented by the conversations module, so that
 * channels need not know it. {@link #accept} stores a whole batch at once and is idempotent: an item
 * delivered again (concurrently, or after a crash) is stored once. When it returns the batch is
 * committed, so a connector may then advance its cursor.
 */
public interface ItemSink {

	IngestResult accept(ChannelId channel, List<InboundItem> items);

	/** How many items of a batch were new, and how many had been stored before. */
	record IngestResult(int stored, int duplicates) {
	}
}
