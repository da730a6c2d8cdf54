package io.dandelion.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlueprintDefinitionTests {

	@Test
	void theDemoBlueprintIsValid() {
		assertThat(AcmeBlueprint.v1().problems()).isEmpty();
	}

	@Test
	void coloursMustBeHexAndReadable() {
		var brand = new Brand("https://x.example/l.svg", "blue", "#777777", "#888888", "Arial", "Arial");
		assertThat(brand.problems()).singleElement()
			.satisfies(p -> assertThat(p).contains("primary colour must be a hex colour like #1a2b3c, not blue"));
		var lowContrast = new Brand("https://x.example/l.svg", "#0b5cad", "#777777", "#888888", "Arial", "Arial");
		assertThat(lowContrast.problems()).anySatisfy(p -> assertThat(p).contains("text colour on background has contrast 1.2"));
		assertThat(Brand.contrast("#000", "#ffffff")).isEqualTo(21.0);
	}

	@Test
	void theSkeletonMustHoldEveryRequiredPageWithAText() {
		var acme = AcmeBlueprint.v1();
		var withoutPrivacy = new BlueprintDefinition(acme.brand(), acme.regions(),
				acme.pages().stream().filter(p -> !p.slug().equals("privacy")).toList(), acme.components(), false,
				acme.blockingChecks());
		assertThat(withoutPrivacy.problems()).contains("the skeleton must include the required page privacy");
		var blankContact = new BlueprintDefinition(acme.brand(), acme.regions(), acme.pages().stream()
			.map(p -> p.slug().equals("contact") ? new BlueprintDefinition.PageTemplate("contact", p.mode(), true,
					p.titles(), java.util.Map.of("en", " ")) : p)
			.toList(), List.of("comments", "carousel").stream().collect(java.util.stream.Collectors.toSet()), false,
				acme.blockingChecks());
		assertThat(blankContact.problems()).contains(
				"required page contact needs a text, so that new sites never start blank")
			.anySatisfy(p -> assertThat(p).startsWith("unknown component carousel"));
	}
}
