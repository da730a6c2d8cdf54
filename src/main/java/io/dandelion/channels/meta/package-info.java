/**
 * The Meta connectors (Graph API): comments on a Facebook Page's posts and on an Instagram
 * professional account's media, received by webhook (verified subscription, {@code X-Hub-Signature-256}
 * checked) or polled, answered, hidden, shown again and deleted.
 */
@NullMarked
package io.dandelion.channels.meta;

import org.jspecify.annotations.NullMarked;
