package io.dandelion.analysis;

import static io.dandelion.analysis.Analyzers.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAnalyzerTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			complaint | Mon internet ne marche pas depuis trois jours, c'est inadmissible
			complaint | Mijn internet werkt niet sinds gisteren
			complaint | Seit Tagen kein Internet, ich will eine Erstattung
			complaint | Llevo tres días sin internet y nadie responde
			complaint | Od tygodnia nie działa internet, składam reklamację
			question  | How do I change my plan?
			question  | Comment changer mon forfait ?
			question  | Hoe kan ik mijn abonnement opzeggen?
			praise    | Thank you so much, great service!
			praise    | Merci beaucoup, super efficace 👏
			praise    | Muchas gracias, excelente atención
			praise    | شكرا جزيلا، خدمة ممتازة
			chatter   | Just watched the match with friends tonight
			""")
	void readsTheIntent(String intent, String text) {
		assertThat(analyze(text).intent()).isEqualTo(intent);
	}

	@Test
	void explainsTheIntentWithTheWordsThatShowIt() {
		Analysis analysis = analyze("Mon internet ne marche pas");

		assertThat(analysis.reasons()).anyMatch(r -> r.startsWith("intent complaint") && r.contains("'ne marche pas'"));
	}

	@Test
	void turnsSentimentRoundAfterANegation() {
		assertThat(analyze("The service is good").sentiment()).isPositive();
		assertThat(analyze("The service is not good").sentiment()).isNegative();
		assertThat(analyze("Le service n'est pas bon").sentiment()).isNegative();
	}

	@Test
	void flagsSpamWithItsReasons() {
		Analysis analysis = analyze("Follow me and check my bio for free money https://bit.ly/3xYz https://bit.ly/4abc");

		assertThat(analysis.spam().value()).isTrue();
		assertThat(analysis.spam().reasons()).contains("spam phrase 'Follow me'", "link shortener bit.ly", "2 links");
		assertThat(analyze("Thanks, the link you sent https://acme.example/help worked").spam().value()).isFalse();
	}

	@Test
	void neverTakesTheWordAForADisguisedSwearWordOfTheLists() {
		// the 2toad list spells 'a$$': folded without its signs it would have been the word 'a'
		Analysis analysis = analyze("You are a bunch of idiots");

		assertThat(analysis.profanity().value()).isFalse();
		assertThat(analysis.abusive().reasons()).containsExactly("insult 'idiots'");
		assertThat(analyze("What an a$$hole").profanity().value()).isTrue();
	}

	@Test
	void flagsInsultsWithoutSwearWords() {
		Analysis analysis = analyze("Vous êtes des incompétents et des voleurs");

		assertThat(analysis.abusive().value()).isTrue();
		assertThat(analysis.profanity().value()).isFalse();
		assertThat(analysis.abusive().reasons()).contains("insult 'incompétents'", "insult 'voleurs'");
	}

	@Test
	void tellsSwearingAboutASituationFromSwearingAtSomeone() {
		Analysis situation = analyze("putain, encore en panne");
		Analysis atSomeone = analyze("fuck you and your company");

		assertThat(situation.profanity().value()).isTrue();
		assertThat(situation.abusive().value()).isFalse();
		assertThat(atSomeone.profanity().value()).isTrue();
		assertThat(atSomeone.abusive().value()).isTrue();
	}

	@Test
	void flagsThreatsInSeveralLanguages() {
		assertThat(analyze("I know where you live").abusive().value()).isTrue();
		assertThat(analyze("ich bring dich um").abusive().value()).isTrue();
		assertThat(analyze("te voy a matar").abusive().value()).isTrue();
		assertThat(analyze("zabiję cię").abusive().value()).isTrue();
	}

	@Test
	void leavesInnocentWordsThatContainSwearWordsAlone() {
		assertThat(analyze("I live in Scunthorpe and my class assessment went well").profanity().value()).isFalse();
		assertThat(analyze("Voy con mi hermano a la tienda").abusive().value()).isFalse();
		assertThat(analyze("Je passe te voir demain").abusive().value()).isFalse();
	}

	@Test
	void reportsPersonalDataSpans() {
		Analysis analysis = analyze("Mon numéro est le 06 12 34 56 78, merci de me rappeler");

		assertThat(analysis.pii()).singleElement().satisfies(span -> assertThat(span.kind()).isEqualTo("phone"));
		assertThat(analysis.labels()).containsEntry("pii", 1.0);
	}
}
