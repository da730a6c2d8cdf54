package io.dandelion.analysis;

import io.dandelion.analysis.Analysis.Flag;

/**
 * Abuse (insults, threats, swearing aimed at someone) and profanity (swear words at all). Swearing about a
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
		cues.of("insult").forEach(insult -> abuse.add(0.7, "insult " + cues.quote(insult)));
		Evidence swearing = new Evidence();
		for (Lexicon.Match swear : cues.of("profanity")) {
			swearing.add(0.8, "swear word " + cues.quote(swear));
			if (SecondPerson.near(cues, swear)) {
				abuse.add(0.6, "swearing at someone " + cues.quote(swear));
			}
		}
		return new Findings(abuse.flag(THRESHOLD), swearing.flag(THRESHOLD));
	}
}
