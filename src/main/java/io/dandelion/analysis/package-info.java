/**
 * Analysis: what a message is: its language (with a confidence, or {@code und}), intent, sentiment,
 * spam, abuse and profanity, and the personal data in it, each with scores and the reason a moderator
 * can read. Pure computation over text: no database, usable from the command line.
 */
@NullMarked
package io.dandelion.analysis;

import org.jspecify.annotations.NullMarked;
