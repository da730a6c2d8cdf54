/**
 * Spike alerts: thresholds per unit (and its subtree) on customers' message volume, negative sentiment or a
 * keyword over a sliding window, checked every minute by one node; an alert is shown in the app and sent by
 * e-mail when a mail server is configured.
 */
@NullMarked
package io.dandelion.analytics.alerts;

import org.jspecify.annotations.NullMarked;
