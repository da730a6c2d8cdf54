/**
 * The traffic simulator: a platform of its own whose "accounts" produce realistic multilingual
 * customer traffic (complaints, questions, praise, spam, abuse, chatter; threads and replies; many
 * authors) at a configurable rate, from our own templates and vocabulary with a seeded random. The
 * run command connects one simulator channel to each demo country so that the hub comes alive.
 */
@NullMarked
package io.dandelion.channels.simulator;

import org.jspecify.annotations.NullMarked;
