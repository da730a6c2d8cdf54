/**
 * What the platform connectors share: an authenticated JSON client over {@code java.net.http} that
 * renews an expired access token once and turns the platforms' failures (rate limits with their reset
 * time, outages, vanished items, malformed bodies) into {@link io.dandelion.channels.platforms.PlatformException}s
 * the poller can act on, and the OAuth 2.0 refresh-token grant.
 */
@NullMarked
package io.dandelion.channels.platforms;

import org.jspecify.annotations.NullMarked;
