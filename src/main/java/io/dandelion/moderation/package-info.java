/**
 * Moderation: the group's policies as named rules (conditions → actions) that cascade from the hub
 * down the unit tree, locked or overridable, evaluated on every analysed message and simulated on
 * past traffic before they are switched on; and the human review queues where moderators decide,
 * each decision with a reason code. The rule model here is plain Java, free of Spring.
 */
@NullMarked
package io.dandelion.moderation;

import org.jspecify.annotations.NullMarked;
