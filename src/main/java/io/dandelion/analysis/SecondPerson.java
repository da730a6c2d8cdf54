package io.dandelion.analysis;

import java.util.Set;

/** Whether a word is aimed at someone: a 'you' (in any of the demo languages) close to it. */
final class SecondPerson {

	static final Set<String> WORDS = Set.copyOf(java.util.List.of("you", "u", "ya", "your", "you're", "youre", "ur", "yourself", "tu", "toi",
			"te", "t'es", "vous", "ta", "ton", "je", "jij", "jou", "jullie", "u", "du", "dich", "dir", "ihr", "sie", "tú",
			"tu", "ti", "vosotros", "usted", "ustedes", "ty", "cię", "ciebie", "wy", "tu", "ești", "voi", "sen", "seni",
			"siz", "sana", "انت", "أنت", "انتم", "ти", "тебе", "ви", "вас", "ты", "тебя", "вы", "voce", "você", "vc",
			"تو", "شما"));

	private static final int REACH = 3;

	private SecondPerson() {
	}

	static boolean near(Cues cues, Lexicon.Match match) {
		int at = cues.tokenAt(match.start());
		int from = Math.max(0, at - REACH);
		int to = Math.min(cues.tokens().size(), cues.tokenAt(match.end()) + REACH);
		for (int i = from; i < to; i++) {
			if (WORDS.contains(cues.tokens().get(i).folded())) {
				return true;
			}
		}
		return false;
	}
}
