/**
 * Items pushed to a channel from any source: {@code POST /api/v1/channels/{id}/items} with a JSON
 * array or NDJSON of items, signed with HMAC-SHA256 over the raw body with the channel's
 * {@code webhook_secret}; malformed items and unverifiable deliveries land in dead letters that an
 * admin inspects and replays.
 */
@NullMarked
package io.dandelion.channels.ingest;

import org.jspecify.annotations.NullMarked;
