package io.dandelion.analysis;

import static io.dandelion.analysis.Analyzers.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObfuscationTests {

	@ParameterizedTest
	@ValueSource(strings = { "f*ck this", "sh1t service", "f.u.c.k", "f u c k this", "fuuuuuck", "$hit happens", "fuсk" })
	void seesSwearWordsThroughDisguises(String text) {
		assertThat(analyze(text).profanity().value()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I live in Scunthorpe", "class assessment tomorrow", "Bitte ruft mich zurück",
			"my cocktail was great", "the analysis is wrong", "covid19 rules", "bookkeeper needed", "ok 2day" })
	void leavesInnocentWordsAlone(String text) {
		assertThat(analyze(text).profanity().value()).isFalse();
		assertThat(analyze(text).abusive().value()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "jesteście bandą idiotów", "sen bir salaksın", "ty kretynie", "you absolute sh1tbag" })
	void readsInsultsWithTheirEndings(String text) {
		assertThat(analyze(text).abusive().value()).isTrue();
	}
}
