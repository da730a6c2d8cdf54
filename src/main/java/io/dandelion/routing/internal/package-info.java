/**
 * Routing at work: the queues and work items in PostgreSQL, the listener that routes each moderated
 * batch through the fallback chain, taking work without ever handing a conversation out twice, and the
 * demo organisation's queues.
 */
@NullMarked
package io.dandelion.routing.internal;

import org.jspecify.annotations.NullMarked;
