package io.dandelion.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.UnitId;
import io.dandelion.sites.BlueprintId;
import io.dandelion.sites.SiteId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComplianceChecksTests {

	static final Site SITE = new Site(SiteId.random(), UnitId.random(), "Acme France", "acme-fr", "www.acme.fr", "/",
			List.of("fr", "en"), BlueprintId.random(), 1, ChannelId.random(), null);

	@Test
	void theAcmeBlueprintPassesAsMadeExceptForTheHubsOwnFooterLinksInALocaleItLacks() {
		var outcomes = ComplianceChecks.run(content(AcmeBlueprint.v1(), List.of()));
		assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(CheckOutcome.Status.PASS));
	}

	@Test
	void aHeadingJumpInTheLockedFooterIsTheHubsAndDoesNotBlockTheEditor() {
		var blueprint = withBlocking(AcmeBlueprint.v1(), CheckName.HEADING_ORDER);
		var regions = new ArrayList<>(blueprint.regions());
		regions.set(2, new BlueprintDefinition.Region("footer", RegionMode.LOCKED,
				java.util.Map.of("en", "## Acme\n\n#### Small print", "fr", "## Acme\n\n#### Petits caractères")));
		blueprint = new BlueprintDefinition(blueprint.brand(), regions, blueprint.pages(), blueprint.components(),
				false, blueprint.blockingChecks());
		var headings = outcome(ComplianceChecks.run(content(blueprint, List.of())), CheckName.HEADING_ORDER);
		assertThat(headings.status()).isEqualTo(CheckOutcome.Status.WARN);
		assertThat(headings.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.hubOwned()).isTrue());
	}

	@Test
	void aHeadingJumpInTheEditorsPageBlocksWhenTheHubSaysSo() {
		var blueprint = withBlocking(AcmeBlueprint.v1(), CheckName.HEADING_ORDER);
		var headings = outcome(ComplianceChecks.run(content(blueprint, List.of(page("home", "fr", "#### Trop profond")))),
				CheckName.HEADING_ORDER);
		assertThat(headings.status()).isEqualTo(CheckOutcome.Status.BLOCK);
		assertThat(headings.findings()).singleElement()
			.satisfies(f -> assertThat(f.message()).contains("level 4 follows level 1"));
	}

	@Test
	void headingsAreCheckedPerPieceSoAFooterAfterADeepSectionIsNoJump() {
		var outcomes = ComplianceChecks.run(content(AcmeBlueprint.v1(),
				List.of(page("home", "fr", "## A\n\n### B\n\ntext"))));
		assertThat(outcome(outcomes, CheckName.HEADING_ORDER).findings()).isEmpty();
	}

	@Test
	void externalLinksAreNotCalledBrokenButMissingInternalOnesAre() {
		var outcomes = ComplianceChecks.run(content(AcmeBlueprint.v1(), List.of(page("home", "fr", """
				[partner](https://partner.example/page) [own host](https://www.acme.fr/fr/contact/)
				[mail](mailto:a@b.c) [anchor](#top) [relative](../contact/) [absolute](/en/privacy/)
				[gone](/fr/old-offers/) [gone too](https://www.acme.fr/fr/nothing/)"""))));
		var links = outcome(outcomes, CheckName.INTERNAL_LINKS);
		assertThat(links.findings()).extracting(CheckOutcome.Finding::message)
			.containsExactlyInAnyOrder("link /fr/old-offers/ leads to no page of this site",
					"link https://www.acme.fr/fr/nothing/ leads to no page of this site");
		assertThat(links.status()).isEqualTo(CheckOutcome.Status.WARN);
	}

	@Test
	void imagesNeedAltTextUnlessMarkedPresentational() {
		var outcomes = ComplianceChecks.run(content(AcmeBlueprint.v1(), List.of(page("home", "fr",
				"![](https://cdn.example/a.jpg)\n\n![Shop front](https://cdn.example/b.jpg)\n\n<img src=\"https://cdn.example/c.jpg\" alt=\"\" role=\"presentation\">"))));
		assertThat(outcome(outcomes, CheckName.IMAGE_ALT).findings()).singleElement()
			.satisfies(f -> assertThat(f.message()).contains("a.jpg"));
	}

	@Test
	void invalidAndUnsafeHtmlAreReported() {
		var outcomes = ComplianceChecks.run(content(AcmeBlueprint.v1(),
				List.of(page("home", "fr", "<div><span>unclosed</div></p>\n\n<img src=x onerror=alert(1) alt=x>"))));
		assertThat(outcome(outcomes, CheckName.VALID_HTML).findings()).isNotEmpty();
		var unsafe = outcome(outcomes, CheckName.SAFE_HTML);
		assertThat(unsafe.status()).isEqualTo(CheckOutcome.Status.BLOCK);
		assertThat(unsafe.findings()).extracting(CheckOutcome.Finding::message)
			.anySatisfy(m -> assertThat(m).contains("onerror event handler"));
	}

	@Test
	void anEmptyRequiredPageBlocksAndNamesTheLocale() {
		var outcomes = ComplianceChecks.run(content(AcmeBlueprint.v1(), List.of(page("contact", "en", "   "))));
		var required = outcome(outcomes, CheckName.REQUIRED_PAGES);
		assertThat(required.status()).isEqualTo(CheckOutcome.Status.BLOCK);
		assertThat(required.findings()).singleElement().satisfies(f -> {
			assertThat(f.where()).isEqualTo("page contact");
			assertThat(f.locale()).isEqualTo("en");
		});
	}

	/** The Acme content for SITE with the given pages replacing the blueprint's. */
	static SiteContent content(BlueprintDefinition blueprint, List<SiteContent.Page> replacements) {
		var pages = new ArrayList<SiteContent.Page>();
		for (String locale : SITE.locales()) {
			for (var template : blueprint.pages()) {
				var replacement = replacements.stream()
					.filter(p -> p.slug().equals(template.slug()) && p.locale().equals(locale))
					.findFirst();
				pages.add(replacement.orElse(new SiteContent.Page(UUID.randomUUID(), template.slug(), locale,
						BlueprintDefinition.text(template.titles(), SITE.fallbackChain(locale)),
						BlueprintDefinition.text(template.bodies(), SITE.fallbackChain(locale)),
						template.mode() != RegionMode.LOCKED)));
			}
		}
		var regions = new ArrayList<SiteContent.Fragment>();
		for (String locale : SITE.locales()) {
			for (var region : blueprint.regions()) {
				regions.add(new SiteContent.Fragment(region.key(), locale,
						BlueprintDefinition.text(region.text(), SITE.fallbackChain(locale)), region.bottom(),
						region.mode() != RegionMode.LOCKED));
			}
		}
		return new SiteContent(SITE, blueprint, pages, regions);
	}

	static SiteContent.Page page(String slug, String locale, String markdown) {
		return new SiteContent.Page(UUID.randomUUID(), slug, locale, slug, markdown, true);
	}

	static BlueprintDefinition withBlocking(BlueprintDefinition blueprint, CheckName check) {
		Set<CheckName> blocking = EnumSet.copyOf(blueprint.blockingChecks());
		blocking.add(check);
		return new BlueprintDefinition(blueprint.brand(), blueprint.regions(), blueprint.pages(),
				blueprint.components(), blueprint.reviewRequired(), blocking);
	}

	static CheckOutcome outcome(List<CheckOutcome> outcomes, CheckName check) {
		return outcomes.stream().filter(o -> o.check() == check).findFirst().orElseThrow();
	}
}
