package io.dandelion.analytics;

/** Messages in and out for one value of a report's dimension ({@code label} is a readable name for {@code key}). */
public record VolumeRow(String key, String label, long inbound, long outbound) {

	public long total() {
		return inbound + outbound;
	}
}
