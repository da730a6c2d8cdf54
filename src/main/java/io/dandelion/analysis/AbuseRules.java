package io.dandelion.analysis;

import io.dandelion.analysis.Analysis.Flag;

/**
 * Abuse (insults, threats, demeaning words or swearing aimed at someone) and profanity (swear words at all). Swearing about a
 * situation ('putain, encore en panne') is profanity but not abuse; an insult needs no swear word.
 */
final class AbuseRules {

	private static final double THRESHOLD = 0.5;

	/** Both findings of one text. */
	record Findings(Flag abusive, Flag profanity) {
	}

	Findings judge(Cues cues) {
		Evidence abuse = new Evidence();
		cues.of("threat").forEach(threat -> abuse.add(0.9, "threat " + cues.quote(threat)));
		cues.of("insult")
			.stream()
			.filter(insult -> !SecondPerson.selfAimed(cues, insult))
			.forEach(insult -> abuse.add(0.7, "insult " + cues.quote(insult)));
		cues.of("demeaning")
			.stream()
			.filter(word -> SecondPerson.near(cues, word))
			.forEach(word -> abuse.add(0.7, "calling someone " + cues.quote(word)));
		Evidence swearing = new Evidence();
		for (Lexicon.Match swear : cues.of("profanity")) {
			if (cues.isName(swear)) {
				continue;
			}
			swearing.add(0.8 * swear.term().weight(), "swear word " + cues.quote(swear));
			if (SecondPerson.near(cues, swear)) {
				abuse.add(0.6, "swearing at someone " + cues.quote(swear));
			}
		}
		return new Findings(abuse.flag(THRESHOLD), swearing.flag(THRESHOLD));
	}
}
