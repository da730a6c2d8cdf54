package io.dandelion.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.UnitId;
import io.dandelion.sites.BlueprintId;
import io.dandelion.sites.SiteId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BlueprintChangesTests {

	final Site frenchSite = new Site(SiteId.random(), UnitId.random(), "Acme France", "acme-fr", null, "/", List.of("fr"),
			BlueprintId.random(), 1, ChannelId.random(), null);

	@Test
	void listsWhatChangesOnTheSiteInItsOwnLocalesOnly() {
		var plan = plan(List.of(), List.of());
		assertThat(plan.changes()).contains("brand: primary colour change", "region announcement: overridable → locked",
				"region footer [fr]: the hub's text changes", "page contact: overridable → locked",
				"page accessibility [fr]: the hub's text changes", "page careers is added (local)",
				"check \"Headings in order\" now blocks publishing");
		assertThat(plan.changes()).noneMatch(c -> c.contains("[en]"));
		assertThat(plan.conflicts()).isEmpty();
	}

	@Test
	void namesEveryOwnTextTheNewVersionClashesWithAndWhatHappensToIt() {
		var overrides = List.of(new RegionOverrides.Override("announcement", "fr", "Soldes à Lyon !"));
		var texts = List.of(text("contact", RegionMode.OVERRIDABLE, "Appelez-nous."),
				text("accessibility", RegionMode.OVERRIDABLE, "Notre déclaration."),
				text("home", RegionMode.LOCAL, "Bienvenue à Lyon."));
		var plan = plan(texts, overrides);
		assertThat(RolloutFixture.conflictsOf(plan)).containsExactlyInAnyOrder(
				"region announcement [fr]: the region becomes locked: only the hub's text is shown",
				"page contact [fr]: the page becomes locked: only the hub's text is shown",
				"page accessibility [fr]: the hub changed the text this site overrides");
		assertThat(plan.conflicts()).filteredOn(c -> c.where().equals("page accessibility"))
			.extracting(RolloutPlan.Conflict::resolution)
			.containsExactly("the site's text stays; compare it with the hub's new text");
	}

	@Test
	void aPageOfTheSitesOwnWithTheSlugOfANewBlueprintPageIsAConflict() {
		var plan = plan(List.of(new PageText(UUID.randomUUID(), "careers", null, RegionMode.LOCAL, "fr", "Emplois",
				"Nos offres.", PageText.State.EDITING, null, null, "fr.editor", Instant.now())), List.of());
		assertThat(RolloutFixture.conflictsOf(plan))
			.containsExactly("page careers [fr]: the blueprint adds a page with the slug of the site's own page");
	}

	@Test
	void pagesFollowingTheBlueprintNeverConflict() {
		var plan = plan(List.of(text("contact", RegionMode.OVERRIDABLE, null), text("privacy", RegionMode.LOCKED, null)),
				List.of());
		assertThat(plan.conflicts()).isEmpty();
	}

	private RolloutPlan plan(List<PageText> texts, List<RegionOverrides.Override> overrides) {
		return BlueprintChanges.plan(frenchSite, 1, AcmeBlueprint.v1(), 2, RolloutFixture.v2(), texts, overrides);
	}

	private static PageText text(String slug, RegionMode mode, String draft) {
		return new PageText(UUID.randomUUID(), slug, slug, mode, "fr", slug, draft, PageText.State.EDITING, null, null,
				"fr.editor", Instant.now());
	}
}
