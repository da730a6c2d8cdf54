package io.dandelion.analysis;

import java.util.List;
import java.util.Set;

/**
 * Who a word is aimed at: someone addressed (a 'you', 'vous êtes', 'jesteś', 'bunch of' in the demo languages)
 * or the author (an 'I', 'je', 'ik' with no 'you' around: 'I feel like an idiot' insults no one).
 */
final class SecondPerson {

	private static final Set<String> ADDRESSED = folded(List.of("you", "u", "ya", "your", "you're", "youre", "ur", "yourself",
			"you'll", "you've", "yall", "y'all", "tu", "toi", "te", "t'es", "vous", "etes", "ta", "ton", "tes", "vos", "votre", "bande",
			"espece", "je", "jij", "jou", "jullie", "bent", "zijn", "stelletje", "du", "dich", "dir", "ihr", "seid", "bist", "euch",
			"tú", "ti", "eres", "sois", "sos", "vosotros", "usted", "ustedes", "pedazo", "ty", "cię", "ciebie", "wy", "jestes",
			"jestescie", "banda", "banda", "ești", "esti", "sunteti", "voi", "niste", "sen", "seni", "siz", "sana", "hepiniz",
			"انت", "أنت", "انتم", "أنتم", "يا", "ти", "тебе", "ви", "вас", "ты", "тебя", "вы", "voce", "vc", "tu", "تو", "شما"));

	private static final Set<String> AUTHOR = folded(List.of("i", "i'm", "im", "me", "myself", "suis", "j'ai", "me", "moi", "ik", "mij", "me",
			"ich", "mich", "mir", "yo", "me", "siento", "soy", "ja", "się", "sie", "czuje", "eu", "ma", "simt", "ben", "kendimi", "أنا",
			"я", "mi", "mo", "sono"));

	private static final int REACH = 4;

	private SecondPerson() {
	}

	private static Set<String> folded(List<String> words) {
		return Set.copyOf(words.stream().map(Tokens::fold).toList());
	}

	/** A word addressing someone stands within a few words of {@code match}. */
	static boolean near(Cues cues, Lexicon.Match match) {
		return within(cues, match, ADDRESSED);
	}

	/** The author speaks of themself near {@code match} and addresses no one. */
	static boolean selfAimed(Cues cues, Lexicon.Match match) {
		return within(cues, match, AUTHOR) && !near(cues, match);
	}

	private static boolean within(Cues cues, Lexicon.Match match, Set<String> words) {
		int at = cues.tokenAt(match.start());
		int from = Math.max(0, at - REACH);
		int to = Math.min(cues.tokens().size(), cues.tokenAt(match.end()) + REACH);
		for (int i = from; i < to; i++) {
			if (words.contains(cues.tokens().get(i).folded())) {
				return true;
			}
		}
		return false;
	}
}
