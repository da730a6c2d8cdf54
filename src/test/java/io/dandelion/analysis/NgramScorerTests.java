package io.dandelion.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NgramScorerTests {

	private final NgramScorer scorer = new NgramScorer();

	@Test
	void readsTheProbabilitiesOfLinguasModelFiles() {
		NgramTable.Model german = scorer.models(List.of("de"))[0];

		assertThat(german.size()).isGreaterThan(100_000);
		assertThat(german.logProbability(hash("sch"), 3)).isNegative();
		assertThat(german.logProbability(hash("ü"), 1)).isNegative();
		assertThat(german.logProbability(hash("schen"), 5)).isNegative();
		assertThat(german.logProbability(hash("qxqxq"), 5)).isEqualTo(NgramTable.ABSENT);
		assertThat(german.logProbability(hash("e"), 1)).isGreaterThan(german.logProbability(hash("q"), 1));
	}

	@Test
	void scoresTheTextsLanguageHighest() {
		List<String> languages = List.of("en", "de", "nl");

		double[] scores = scorer.score("Wir haben seit gestern kein Internet mehr", languages, java.util.Set.of()).sums();

		assertThat(scores[1]).isGreaterThan(scores[0]).isGreaterThan(scores[2]);
	}

	@Test
	void aTableImageReadsBackAsWritten() throws Exception {
		NgramTable.Model dutch = scorer.models(List.of("nl"))[0];
		var bytes = new java.io.ByteArrayOutputStream();
		dutch.write(bytes);
		var in = new java.io.ByteArrayInputStream(bytes.toByteArray());

		var copy = new NgramTable.Model(NgramTable.read(in), NgramTable.read(in));

		assertThat(copy.size()).isEqualTo(dutch.size());
		for (String ngram : List.of("ij", "sch", "lijk", "ouden", "zzzzq")) {
			assertThat(copy.logProbability(hash(ngram), ngram.length())).isEqualTo(dutch.logProbability(hash(ngram), ngram.length()));
		}
	}

	@Test
	void refusesAnImageOfAnotherLayout() {
		var in = new java.io.ByteArrayInputStream(new byte[] { 'D', 'N', 'G', '1', 0, 0, 0, 0 });

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> NgramTable.read(in)).isInstanceOf(java.io.IOException.class);
	}

	@Test
	void theFirstPassKeepsTheLanguageThatScoresBestInFull() {
		List<String> latin = Script.LATIN.languages();
		NgramTable.Model[] models = scorer.models(latin);
		for (String text : List.of("Wir haben seit gestern kein Internet mehr", "Mon internet ne marche plus depuis hier soir",
				"Od wczoraj nie mam internetu", "Faturam yanlış geldi, lütfen kontrol edin", "Bedankt voor de snelle hulp")) {
			double[] full = NgramScorer.score(text, models);
			double[] pruned = NgramScorer.score(text, models, NgramScorer.FINALISTS, new boolean[models.length]).sums();

			int best = argmax(full);
			assertThat(argmax(pruned)).as(text).isEqualTo(best);
			assertThat(pruned[best]).isEqualTo(full[best]);
			assertThat(java.util.Arrays.stream(pruned).filter(Double::isFinite).count()).isEqualTo(NgramScorer.FINALISTS);
		}
	}

	@Test
	void scoresTheLanguagesTheContextNamesInFullEvenWhenTheFirstPassWouldLeaveThemOut() {
		List<String> latin = Script.LATIN.languages();
		int french = latin.indexOf("fr");
		String text = "Seit gestern funktioniert mein Internet nicht mehr";

		assertThat(scorer.score(text, latin, java.util.Set.of()).sums()[french]).isEqualTo(Double.NEGATIVE_INFINITY);
		assertThat(scorer.score(text, latin, java.util.Set.of("fr")).sums()[french]).isFinite();
	}

	@Test
	void splitsWordsAtAnythingButALetterAndAtCombiningMarks() {
		assertThat(NgramScorer.lowerCaseLetters("Ab-c")).containsExactly('a', 'b', '\0', 'c');
		assertThat(NgramScorer.lowerCaseLetters("कि")).containsExactly('क', '\0');
	}

	@Test
	void givesARepeatedTextTheSameScores() {
		List<String> languages = List.of("fr", "es");

		double[] first = scorer.score("merci beaucoup", languages, java.util.Set.of()).sums();
		first[0] = 0;

		assertThat(scorer.score("merci beaucoup", languages, java.util.Set.of()).sums()[0]).isNegative();
	}

	@Test
	void measuresHowFarTheWordsAgree() {
		List<String> latin = Script.LATIN.languages();
		int fr = latin.indexOf("fr");

		double french = scorer.score("mon internet ne marche plus depuis hier soir", latin, java.util.Set.of()).agreement()[fr];
		double mixed = scorer.score("mon internet ne marche plus depuis hier my phone does not work since yesterday", latin,
				java.util.Set.of()).agreement()[fr];

		assertThat(french).isGreaterThan(0.85);
		assertThat(mixed).isLessThan(0.75).isLessThan(french);
	}

	private static int argmax(double[] values) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (values[i] > values[best]) {
				best = i;
			}
		}
		return best;
	}

	private static long hash(String ngram) {
		return NgramTable.hash(ngram);
	}
}
