/**
 * Batch ingest: the {@link io.dandelion.channels.ItemSink} that stores a whole batch of items in one
 * transaction with a handful of set-based statements, exactly once and threaded whatever the arrival
 * order.
 */
@NullMarked
package io.dandelion.conversations.ingest;

import org.jspecify.annotations.NullMarked;
