/**
 * The inbox: a person's conversations with filters (unit, channel, language, status), counts per
 * status, saved views, and rows that refresh when the live bus reports a change they may see.
 */
@NullMarked
package io.dandelion.workspace.inbox;

import org.jspecify.annotations.NullMarked;
