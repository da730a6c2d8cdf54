package io.dandelion.analytics;

import org.jspecify.annotations.Nullable;

/**
 * One agency's work over a report's period against its contracts: the hours its contracts bought for the
 * period, its moderators' review decisions (and per contracted hour), and the conversations its teams
 * answered and resolved with their SLA attainment.
 */
public record AgencyRow(String key, String label, double contractedHours, long decisions,
		@Nullable Double decisionsPerContractedHour, long firstResponses, @Nullable Double firstResponseMedianSeconds,
		@Nullable Double firstResponseAttainmentPercent, long resolutions,
		@Nullable Double resolutionAttainmentPercent) {
}
