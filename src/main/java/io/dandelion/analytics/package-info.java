/**
 * Analytics: reports over any period and unit subtree (volumes by channel, platform, language, intent,
 * sentiment and direction; first-response times with mean, median and 90th percentile), read from
 * hourly roll-ups that this module keeps itself, fed by the pipeline's batch events
 * ({@code MessagesReceived}, {@code MessagesModerated}) exactly once per message, and scoped like
 * everything else: a spoke sees its subtree, agency staff their contract's languages and platforms.
 */
@NullMarked
package io.dandelion.analytics;

import org.jspecify.annotations.NullMarked;
