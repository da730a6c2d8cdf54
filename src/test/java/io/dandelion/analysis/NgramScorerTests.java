package io.dandelion.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NgramScorerTests {

	private final NgramScorer scorer = new NgramScorer();

	@Test
	void readsTheProbabilitiesOfLinguasModelFiles() {
		NgramTable german = scorer.tables(List.of("de"))[0];

		assertThat(german.size()).isGreaterThan(100_000);
		assertThat(german.logProbability(hash("sch"))).isNegative();
		assertThat(german.logProbability(hash("ü"))).isNegative();
		assertThat(german.logProbability(hash("qxqxq"))).isEqualTo(NgramTable.ABSENT);
	}

	@Test
	void scoresTheTextsLanguageHighest() {
		List<String> languages = List.of("en", "de", "nl");

		double[] scores = scorer.score("Wir haben seit gestern kein Internet mehr", languages);

		assertThat(scores[1]).isGreaterThan(scores[0]).isGreaterThan(scores[2]);
	}

	@Test
	void splitsWordsAtAnythingButALetterAndAtCombiningMarks() {
		assertThat(NgramScorer.lowerCaseLetters("Ab-c")).containsExactly('a', 'b', '\0', 'c');
		assertThat(NgramScorer.lowerCaseLetters("कि")).containsExactly('क', '\0');
	}

	@Test
	void givesARepeatedTextTheSameScores() {
		List<String> languages = List.of("fr", "es");

		double[] first = scorer.score("merci beaucoup", languages);
		first[0] = 0;

		assertThat(scorer.score("merci beaucoup", languages)[0]).isNegative();
	}

	private static long hash(String ngram) {
		long hash = NgramTable.start();
		for (char c : ngram.toCharArray()) {
			hash = NgramTable.extend(hash, c);
		}
		return hash;
	}
}
