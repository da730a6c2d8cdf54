/**
 * Working one conversation: the thread with its platform context, the customer across channels, and
 * the actions (reply through the channel's connector, with saved replies in the customer's language;
 * hide, unhide, delete; resolve, reopen; tags; internal notes with mentions) and who is replying, live.
 */
@NullMarked
package io.dandelion.workspace.conversation;

import org.jspecify.annotations.NullMarked;
