/**
 * Analytics: reports over any period and unit subtree (volumes by channel, platform, language, intent,
 * sentiment and direction; first-response and resolution times with mean, median and 90th percentile and
 * SLA attainment, by team, agent and agency too; the backlog and its age; moderation actions by reason,
 * automatic and human; language mix; sentiment trend; agencies against their contracts), read from roll-ups
 * that this module keeps itself from the pipeline's events ({@code MessagesReceived}, {@code MessagesModerated},
 * routing's, {@code ConversationStatusChanged}, {@code ModerationActionsTaken}) exactly once, and scoped like
 * everything else: a spoke sees its subtree, agency staff their contract's languages and platforms.
 */
@NullMarked
package io.dandelion.analytics;

import org.jspecify.annotations.NullMarked;
