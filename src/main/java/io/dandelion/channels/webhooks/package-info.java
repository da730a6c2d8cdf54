/**
 * Platform webhooks: the endpoint a platform calls for one channel, to verify a subscription (Meta's
 * {@code hub.challenge}) and to deliver changes signed its own way ({@code X-Hub-Signature-256}), which
 * the channel's connector checks and reads before the items reach the item sink.
 */
@NullMarked
package io.dandelion.channels.webhooks;

import org.jspecify.annotations.NullMarked;
