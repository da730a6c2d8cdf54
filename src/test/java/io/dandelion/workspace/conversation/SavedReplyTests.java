package io.dandelion.workspace.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dandelion.organisation.UnitId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SavedReplyTests {

	final SavedReply thanks = new SavedReply(UUID.randomUUID(), UnitId.random(), "Thanks",
			Map.of("en", "Hello {name}, thanks! {agent}, {brand}", "fr", "Bonjour {name}, merci ! {agent}, {brand}",
					"nl", "Hallo {name}, bedankt!"));

	@Test
	void picksTheCustomersLanguageThenTheUnitsThenEnglish() {
		assertThat(thanks.languageFor(List.of("fr", "nl", "en"))).isEqualTo("fr");
		assertThat(thanks.languageFor(List.of("ar", "nl", "en"))).isEqualTo("nl");
		assertThat(thanks.languageFor(List.of("ar"))).isEqualTo("en");
	}

	@Test
	void fillsPlaceholdersAndLeavesNoStraySpacesWhenANameIsUnknown() {
		assertThat(thanks.fill("fr", Map.of("name", "Jeanne", "agent", "Camille", "brand", "@acme_fr")))
			.isEqualTo("Bonjour Jeanne, merci ! Camille, @acme_fr");
		assertThat(thanks.fill("en", Map.of("name", "", "agent", "Camille", "brand", "@acme")))
			.isEqualTo("Hello, thanks! Camille, @acme");
		assertThat(thanks.fill("nl", Map.of("name", "$1 \\o/"))).isEqualTo("Hallo $1 \\o/, bedankt!");
	}

	@Test
	void knowsEachPlatformsLimit() {
		PlatformLimits.of("x").check("a".repeat(280));
		assertThatThrownBy(() -> PlatformLimits.of("x").check("a".repeat(281)))
			.hasMessage("the reply has 281 characters; this platform accepts 280");
		assertThatThrownBy(() -> PlatformLimits.of("mastodon").check("  ")).hasMessage("the reply is empty");
		assertThat(PlatformLimits.of("instagram").linkNote()).contains("not clickable");
	}
}
