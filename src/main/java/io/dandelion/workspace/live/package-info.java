/**
 * The live bus: changes are announced with {@code pg_notify} inside the transaction that makes them
 * (so they are heard only once committed), every node listens on one connection and forwards each
 * change to those of its server-sent-event sessions whose scope covers the conversation.
 */
@NullMarked
package io.dandelion.workspace.live;

import org.jspecify.annotations.NullMarked;
