package io.dandelion.moderation.internal;

import java.util.List;
import java.util.Map;

/** The view models of the moderation pages (public only so the templates can read them), plain text throughout. */
public final class ModerationViews {

	private ModerationViews() {
	}

	/** One review item with its unit's name. */
	public record ReviewRow(String id, String unitName, String queue, String platform, String language, String status,
			boolean awaitingSecondPerson, List<String> reasons, String text, List<String> decisions, String createdAt) {
	}

	/** The reason codes moderators choose from, by verdict (lower case), sorted. */
	public record Choices(Map<String, List<String>> codes) {
	}

	/** A unit in the policy list, indented by its depth. */
	public record PolicyUnit(String id, String name, int depth, boolean editable) {
	}

	/** One rule in force at a unit, and where it comes from. */
	public record RuleRow(String key, String name, String owner, boolean ownRule, String overrides, boolean locked,
			boolean enabled, List<String> conditions, List<String> actions) {
	}

	/** A unit's policy page. */
	public record PolicyPage(String unitId, String unitName, List<String> path, int version, String savedBy,
			boolean editable, List<RuleRow> effective, String ownRulesJson) {
	}

	/** A simulation's progress and findings. */
	public record SimulationPage(String id, String unitId, String unitName, int days, int percent, long seen,
			long expected, boolean finished, String failure, Map<String, Long> currentActions,
			Map<String, Long> draftActions, long changed, List<Change> changes) {
	}

	/** A message whose actions the draft changes: the action kinds before and after. */
	public record Change(String messageId, String excerpt, List<String> before, List<String> after) {
	}
}
