/**
 * Conversations: one normalised model for every comment, mention, direct message, e-mail and site
 * comment that a channel delivers. Conversations (threads), messages and contacts (a person's identity
 * on a platform, linkable into one customer) are stored exactly once in batches, threaded whatever the
 * arrival order, announced to the pipeline by one {@link io.dandelion.conversations.MessagesReceived}
 * per batch, and read back filtered by the caller's unit scope.
 */
@NullMarked
package io.dandelion.conversations;

import org.jspecify.annotations.NullMarked;
