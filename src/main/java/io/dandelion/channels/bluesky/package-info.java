/**
 * The Bluesky (AT Protocol) connector: talks XRPC over HTTP to the account's PDS, which proxies the
 * {@code app.bsky.*} reads to its AppView. Ingests mentions, quotes and replies from the account's
 * notifications, replies with proper root and parent references, deletes the account's own posts and
 * hides replies in the account's own threads through the thread gate.
 */
@NullMarked
package io.dandelion.channels.bluesky;

import org.jspecify.annotations.NullMarked;
