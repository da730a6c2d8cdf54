package io.dandelion.analysis;

import static io.dandelion.analysis.Analyzers.analyze;
import static io.dandelion.analysis.Analyzers.analyzeInUnit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LanguageDetectionTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			en | My internet has been down since yesterday, please help
			fr | Mon internet ne marche plus depuis hier soir
			nl | Bedankt voor de snelle hulp gisteren
			de | Seit gestern funktioniert mein Internet nicht mehr
			es | Hola, ¿cómo puedo cambiar mi tarifa?
			ca | Bon dia, no tinc connexió des d'ahir
			pl | Od wczoraj nie mam internetu, co się dzieje?
			ro | Nu am semnal de ieri, ce se întâmplă?
			tr | Faturam yanlış geldi, lütfen kontrol edin
			ar | شكرا جزيلا على المساعدة السريعة
			fa | اینترنت من از دیروز قطع است
			uk | Дякую за швидку допомогу, все працює
			""")
	void detectsTheDemoLanguages(String language, String text) {
		Analysis analysis = analyze(text);

		assertThat(analysis.language()).isEqualTo(language);
		assertThat(analysis.languageConfidence()).isGreaterThan(0.5);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			el | Καλημέρα, δεν έχω σήμα από χθες
			he | תודה רבה על העזרה
			th | ขอบคุณมากครับ
			ko | 도와주셔서 감사합니다
			ja | ありがとうございます
			hi | मेरा इंटरनेट काम नहीं कर रहा है
			""")
	void decidesByScriptWhereOneLanguageWritesIt(String language, String text) {
		Analysis analysis = analyze(text);

		assertThat(analysis.language()).isEqualTo(language);
		assertThat(analysis.reasons().get(0)).contains("script");
	}

	@Test
	void preparesTheModelsOfTheConfiguredLanguagesThatNeedOne() {
		var detection = new LanguageDetection(() -> java.util.Set.of("fr", "ru", "el"));

		detection.prepare();

		assertThat(detection.loaded()).containsExactlyInAnyOrder("fr", "ru");
	}

	@Test
	void readsHanWithoutKanaAsChinese() {
		assertThat(analyze("人人生而自由，在尊严和权利上一律平等").language()).isEqualTo("zh");
		assertThat(analyze("すべての人間は、生まれながらにして自由である").language()).isEqualTo("ja");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ok", "lol", "👍", "😂😂😂", "haha", "OK!!", "https://example.com", "12345", "xD", "a" })
	void isUndeterminedForTextThatNoLanguageOwns(String text) {
		Analysis analysis = analyze(text);

		assertThat(analysis.language()).isEqualTo(Analysis.UNDETERMINED);
		assertThat(analysis.languageConfidence()).isZero();
	}

	@Test
	void readsAWordThatPointsAtOneLanguage() {
		assertThat(analyze("merci").language()).isEqualTo("fr");
		assertThat(analyze("gracias").language()).isEqualTo("es");
		assertThat(analyze("dziękuję").language()).isEqualTo("pl");
	}

	@Test
	void letsTheContextSettleAWordOfSeveralLanguages() {
		String romanianAndEnglish = "perfect";

		assertThat(analyze(romanianAndEnglish).language()).isEqualTo(Analysis.UNDETERMINED);
		assertThat(analyzeInUnit(romanianAndEnglish, "en").language()).isEqualTo("en");
		assertThat(analyzeInUnit(romanianAndEnglish, "en").reasons().get(0)).contains("unit en");
		var inARomanianConversation = new TextToAnalyse(romanianAndEnglish, List.of(), "ro", null, null, null);
		assertThat(Analyzers.DEMO.analyze(inARomanianConversation).language()).isEqualTo("ro");
	}

	@Test
	void readsAShortReplyWithTheWordsThatPointAtItsLanguage() {
		assertThat(analyze("ok merci").language()).isEqualTo("fr");
		assertThat(analyze("dank je").language()).isEqualTo("nl");
	}

	@Test
	void recognisesALanguageOfTheScriptThatIsNotConfigured() {
		Analysis russian = analyze("Вы идиоты, верните деньги немедленно");

		assertThat(russian.language()).isEqualTo("ru");
	}

	@Test
	void ignoresLinksAndMentionsWhenReadingTheLanguage() {
		Analysis analysis = analyze("@AcmeSupport merci pour votre aide https://acme.example/fr/aide?id=42");

		assertThat(analysis.language()).isEqualTo("fr");
	}
}
