package io.dandelion.sites.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares two versions of a blueprint as one site sees them: only its locales (through its fallback
 * chain) and its own texts count. Pure, so a dry run of many sites costs no writes at all.
 */
final class BlueprintChanges {

	private static final String KEPT = "kept in the rollout's snapshot of the site, restored by a rollback";

	private BlueprintChanges() {
	}

	static RolloutPlan plan(Site site, int fromVersion, BlueprintDefinition from, int toVersion,
			BlueprintDefinition to, List<PageText> texts, List<RegionOverrides.Override> overrides) {
		var changes = new ArrayList<String>();
		brand(from.brand(), to.brand(), changes);
		regions(site, from, to, changes);
		pages(site, from, to, changes);
		setChange("component", from.components(), to.components(), changes);
		if (from.reviewRequired() != to.reviewRequired()) {
			changes.add(to.reviewRequired() ? "changes now need review before they go live"
					: "changes no longer need review before they go live");
		}
		for (var check : CheckName.values()) {
			if (!from.blockingChecks().contains(check) && to.blockingChecks().contains(check)) {
				changes.add("check \"" + check.label() + "\" now blocks publishing");
			}
			else if (from.blockingChecks().contains(check) && !to.blockingChecks().contains(check)) {
				changes.add("check \"" + check.label() + "\" now only warns");
			}
		}
		var conflicts = new ArrayList<RolloutPlan.Conflict>();
		overrides.forEach(o -> regionConflict(site, from, to, o).ifPresent(conflicts::add));
		texts.forEach(t -> pageConflict(site, from, to, t).ifPresent(conflicts::add));
		return new RolloutPlan(fromVersion, toVersion, changes, conflicts);
	}

	private static void brand(Brand from, Brand to, List<String> changes) {
		var changed = new ArrayList<String>();
		compare("logo", from.logoUrl(), to.logoUrl(), changed);
		compare("primary colour", from.primaryColour(), to.primaryColour(), changed);
		compare("text colour", from.textColour(), to.textColour(), changed);
		compare("background colour", from.backgroundColour(), to.backgroundColour(), changed);
		compare("heading font", from.headingFont(), to.headingFont(), changed);
		compare("body font", from.bodyFont(), to.bodyFont(), changed);
		if (!changed.isEmpty()) {
			changes.add("brand: " + String.join(", ", changed) + " change");
		}
	}

	private static void compare(String name, String from, String to, List<String> changed) {
		if (!Objects.equals(from, to)) {
			changed.add(name);
		}
	}

	private static void regions(Site site, BlueprintDefinition from, BlueprintDefinition to, List<String> changes) {
		for (var region : to.regions()) {
			var before = from.region(region.key());
			if (before.isEmpty()) {
				changes.add("region " + region.key() + " is added (" + mode(region.mode()) + ")");
				continue;
			}
			if (before.get().mode() != region.mode()) {
				changes.add("region " + region.key() + ": " + mode(before.get().mode()) + " → " + mode(region.mode()));
			}
			textChanges("region " + region.key(), site, before.get().text(), region.text(), "the hub's text", changes);
		}
		from.regions()
			.stream()
			.filter(r -> to.region(r.key()).isEmpty())
			.forEach(r -> changes.add("region " + r.key() + " is removed"));
	}

	private static void pages(Site site, BlueprintDefinition from, BlueprintDefinition to, List<String> changes) {
		for (var page : to.pages()) {
			var before = from.page(page.slug());
			if (before.isEmpty()) {
				changes.add("page " + page.slug() + " is added (" + mode(page.mode()) + (page.required() ? ", required" : "")
						+ ")");
				continue;
			}
			if (before.get().mode() != page.mode()) {
				changes.add("page " + page.slug() + ": " + mode(before.get().mode()) + " → " + mode(page.mode()));
			}
			if (before.get().required() != page.required()) {
				changes.add("page " + page.slug() + (page.required() ? " becomes required" : " is no longer required"));
			}
			textChanges("page " + page.slug(), site, before.get().titles(), page.titles(), "the title", changes);
			textChanges("page " + page.slug(), site, before.get().bodies(), page.bodies(), "the hub's text", changes);
		}
		from.pages()
			.stream()
			.filter(p -> to.page(p.slug()).isEmpty())
			.forEach(p -> changes.add("page " + p.slug() + " leaves the blueprint"));
	}

	private static void textChanges(String where, Site site, Map<String, String> from, Map<String, String> to,
			String what, List<String> changes) {
		for (String locale : site.locales()) {
			if (!Objects.equals(BlueprintDefinition.text(from, site.fallbackChain(locale)),
					BlueprintDefinition.text(to, site.fallbackChain(locale)))) {
				changes.add(where + " [" + locale + "]: " + what + " changes");
			}
		}
	}

	private static void setChange(String what, java.util.Set<String> from, java.util.Set<String> to,
			List<String> changes) {
		new TreeSet<>(to).stream().filter(c -> !from.contains(c)).forEach(c -> changes.add(what + " " + c + " is allowed"));
		new TreeSet<>(from).stream()
			.filter(c -> !to.contains(c))
			.forEach(c -> changes.add(what + " " + c + " is no longer allowed (it shows as plain text)"));
	}

	private static Optional<RolloutPlan.Conflict> regionConflict(Site site, BlueprintDefinition from,
			BlueprintDefinition to, RegionOverrides.Override own) {
		String where = "region " + own.region();
		var target = to.region(own.region());
		if (target.isEmpty()) {
			return conflict(where, own.locale(), "the region leaves the blueprint", "the site's text is removed, " + KEPT);
		}
		if (target.get().mode() == RegionMode.LOCKED) {
			return conflict(where, own.locale(), "the region becomes locked: only the hub's text is shown",
					"the site's text is removed, " + KEPT);
		}
		var before = from.region(own.region()).map(BlueprintDefinition.Region::text).orElse(Map.of());
		if (hubTextChanged(site, own.locale(), before, target.get().text())) {
			return conflict(where, own.locale(), "the hub changed the text this site replaces",
					"the site's text stays; compare it with the hub's new text");
		}
		return Optional.empty();
	}

	private static Optional<RolloutPlan.Conflict> pageConflict(Site site, BlueprintDefinition from,
			BlueprintDefinition to, PageText text) {
		if (text.draft() == null) {
			return Optional.empty();
		}
		String where = "page " + text.slug();
		String template = text.template() != null ? text.template() : text.slug();
		var target = to.page(template);
		if (target.isEmpty()) {
			return text.template() == null ? Optional.empty()
					: conflict(where, text.locale(), "the page leaves the blueprint",
							"it stays, as a page of the site's own, with the site's text");
		}
		if (text.template() == null) {
			return conflict(where, text.locale(), "the blueprint adds a page with the slug of the site's own page",
					target.get().mode() == RegionMode.LOCKED ? "the hub's locked text replaces the site's, " + KEPT
							: "the site's text stays as its version of the blueprint's page");
		}
		if (target.get().mode() == RegionMode.LOCKED && text.mode() != RegionMode.LOCKED) {
			return conflict(where, text.locale(), "the page becomes locked: only the hub's text is shown",
					"the site's text is replaced by the hub's, " + KEPT);
		}
		var before = from.page(template).map(BlueprintDefinition.PageTemplate::bodies).orElse(Map.of());
		if (text.mode() == RegionMode.OVERRIDABLE && target.get().mode() == RegionMode.OVERRIDABLE
				&& hubTextChanged(site, text.locale(), before, target.get().bodies())) {
			return conflict(where, text.locale(), "the hub changed the text this site overrides",
					"the site's text stays; compare it with the hub's new text");
		}
		return Optional.empty();
	}

	private static boolean hubTextChanged(Site site, String locale, Map<String, String> from, Map<String, String> to) {
		return !Objects.equals(BlueprintDefinition.text(from, site.fallbackChain(locale)),
				BlueprintDefinition.text(to, site.fallbackChain(locale)));
	}

	private static Optional<RolloutPlan.Conflict> conflict(String where, String locale, String problem,
			String resolution) {
		return Optional.of(new RolloutPlan.Conflict(where, locale, problem, resolution));
	}

	private static String mode(RegionMode mode) {
		return switch (mode) {
			case LOCKED -> "locked";
			case OVERRIDABLE -> "overridable";
			case LOCAL -> "local";
		};
	}
}
