package io.dandelion.moderation.internal;

import io.dandelion.moderation.EffectiveRule;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/policies")
@Tag(name = "Moderation: policies", description = """
		Each unit's own moderation rules. The hub's rules apply to the whole tree; a unit below may replace \
		(same key) or switch off (enabled: false) an overridable rule and add its own. A rule is \
		{"key": "hide-abuse", "name": "...", "locked": true, "enabled": true, "conditions": [{"type": "label", \
		"label": "abuse", "threshold": 0.8}, ...], "actions": [{"type": "hide"}, ...]}. Condition types: unit, channel, \
		platform, language, intent, label, sentimentBelow, keyword, regex, newAuthor, authorFlagged, outsideHours; \
		action types: hide, delete (secondPerson), review (queue), route (queue), priority (1-4), tag, autoReply \
		(savedReply). A unit outside the caller's scope answers 404, a change beyond the caller's roles or of a \
		locked rule 403, an invalid rule 400 with the reason, a save based on an old version 409.""")
class PoliciesApi {

	private final PolicyAdministration policies;
	private final CurrentAccess access;

	PoliciesApi(PolicyAdministration policies, CurrentAccess access) {
		this.policies = policies;
		this.access = access;
	}

	record UnitRef(UUID id, String code, String name) {

		static UnitRef of(UnitSummary unit) {
			return new UnitRef(unit.id().value(), unit.code(), unit.name());
		}
	}

	record EffectiveRuleView(JsonNode rule, UUID owner, @Nullable UUID overrides) {

		static EffectiveRuleView of(EffectiveRule rule) {
			return new EffectiveRuleView(RuleJson.tree(rule.rule()), rule.owner().value(),
					rule.overrides() == null ? null : rule.overrides().value());
		}
	}

	record PolicyView(UnitRef unit, List<UnitRef> path, int version, @Nullable String savedBy,
			@Nullable Instant savedAt, boolean editable, JsonNode rules, List<EffectiveRuleView> effective) {

		static PolicyView of(PolicyAdministration.PolicyView view) {
			return new PolicyView(UnitRef.of(view.unit()), view.path().stream().map(UnitRef::of).toList(), view.version(),
					view.savedBy(), view.savedAt(), view.editable(), RuleJson.tree(view.rules()),
					view.effective().rules().stream().map(EffectiveRuleView::of).toList());
		}
	}

	record VersionView(int version, String savedBy, Instant savedAt, JsonNode rules) {
	}

	record PolicyChange(@Nullable Integer basedOn, @Nullable JsonNode rules) {
	}

	@GetMapping
	@Operation(summary = "Units whose policy the caller may read (theirs and their ancestors'), parents first")
	List<UnitRef> list() {
		return policies.readable(access.get()).stream().map(UnitRef::of).toList();
	}

	@GetMapping("/{unit}")
	@Operation(summary = "A unit's own rules, its path from the hub, and the effective rules in force there "
			+ "(each with the unit it comes from and the ancestor it overrides)")
	PolicyView get(@PathVariable UUID unit) {
		return PolicyView.of(policies.view(access.get(), new UnitId(unit)));
	}

	@GetMapping("/{unit}/versions")
	@Operation(summary = "Every saved version of a unit's own rules, newest first")
	List<VersionView> versions(@PathVariable UUID unit) {
		return policies.history(access.get(), new UnitId(unit))
			.stream()
			.map(p -> new VersionView(p.version(), p.savedBy(), p.savedAt(), RuleJson.tree(p.rules())))
			.toList();
	}

	@PutMapping("/{unit}")
	@Operation(summary = "Replace a unit's own rules; body {\"basedOn\": <version edited>, \"rules\": [...]}; "
			+ "saves a new version, audits it and every override it makes")
	PolicyView save(@PathVariable UUID unit, @RequestBody PolicyChange change) {
		if (change.rules() == null || !change.rules().isArray()) {
			throw new IllegalArgumentException("rules must be a list (empty to clear the unit's own rules)");
		}
		var scope = access.get();
		policies.save(scope, new UnitId(unit), change.basedOn(), RuleJson.rules(change.rules()));
		return PolicyView.of(policies.view(scope, new UnitId(unit)));
	}
}
