/**
 * Moderation's machinery around the plain rule model: policies stored per unit with their versions,
 * the pipeline that analyses every received batch and applies the effective policy, the platform
 * actions it calls for (retried, never lost), the review queue, and the REST API and pages.
 */
@NullMarked
package io.dandelion.moderation.internal;

import org.jspecify.annotations.NullMarked;
