package io.dandelion.analysis.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryLanguagesTests {

	@Test
	void putsTheCountrysNamesakeLanguageFirstAndEnglishLast() {
		assertThat(CountryLanguages.of("fr")).startsWith("fr");
		assertThat(CountryLanguages.of("BE")).contains("nl", "fr", "de").endsWith("en");
		assertThat(CountryLanguages.of("US")).startsWith("en").contains("es");
	}

	@Test
	void knowsNoLanguageOfAnUnknownCountry() {
		assertThat(CountryLanguages.of("QQ")).isEmpty();
	}
}
