/**
 * Recovery of the pipeline's hand-overs (Spring Modulith's event publication registry): publications left
 * behind by a node that died are resubmitted by whichever node is alive, once they are stale.
 */
@NullMarked
package io.dandelion.platform.events;

import org.jspecify.annotations.NullMarked;
