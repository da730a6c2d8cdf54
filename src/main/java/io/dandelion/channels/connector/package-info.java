/**
 * The one interface every platform's connector implements, with the capabilities it declares; the
 * registry that finds a channel's connector by platform (opened with the channel's decrypted
 * credentials); and {@link io.dandelion.channels.ChannelActions} dispatched through it.
 */
@NullMarked
package io.dandelion.channels.connector;

import org.jspecify.annotations.NullMarked;
