/**
 * Polling: every node asks PostgreSQL for the channels that are due and takes a lease on each (one
 * row update with {@code FOR UPDATE SKIP LOCKED}), so that exactly one node polls a channel at a time;
 * items go to the {@link io.dandelion.channels.ItemSink} and the cursor advances only after it returned.
 * Rate limits and failures back off; a channel's health and last error are kept on its row.
 */
@NullMarked
package io.dandelion.channels.polling;

import org.jspecify.annotations.NullMarked;
