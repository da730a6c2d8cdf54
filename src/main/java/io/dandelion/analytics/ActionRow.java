package io.dandelion.analytics;

/** Moderation actions for one value of the report's dimension: by the policies (automatic) and by moderators (human). */
public record ActionRow(String key, String label, long automatic, long human) {

	public long total() {
		return automatic + human;
	}
}
