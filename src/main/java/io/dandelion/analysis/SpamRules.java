package io.dandelion.analysis;

import io.dandelion.analysis.Analysis.Flag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spam: promotion phrases, link shorteners and piles of links, mention and hashtag floods, money bait. */
final class SpamRules {

	private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)(\\S+)");

	private static final Pattern SHORTENER = Pattern
		.compile("(?i)^(?:bit\\.ly|tinyurl\\.com|goo\\.gl|ow\\.ly|is\\.gd|cutt\\.ly|rb\\.gy|tiny\\.cc|shorturl\\.at|t\\.me|wa\\.me)/");

	private static final Pattern MONEY = Pattern
		.compile("(?i)(?:[$€£]\\s?\\d[\\d.,]*\\s?(?:k|/day|/week|per day|a day)?|\\d[\\d.,]*\\s?(?:\\$|€|£|usd|eur|btc)\\b)");

	private static final Pattern MENTION = Pattern.compile("(?<!\\w)@\\w+");

	private static final Pattern HASHTAG = Pattern.compile("(?<!\\w)#\\w+");

	private static final double THRESHOLD = 0.5;

	Flag judge(Cues cues) {
		Evidence spam = new Evidence();
		for (Lexicon.Match match : cues.of("spam")) {
			spam.add(0.55, "spam phrase " + cues.quote(match));
		}
		int links = 0;
		Matcher link = LINK.matcher(cues.text());
		while (link.find()) {
			links++;
			if (SHORTENER.matcher(link.group(1)).lookingAt()) {
				spam.add(0.35, "link shortener " + link.group(1).split("/")[0]);
			}
		}
		if (links >= 2) {
			spam.add(0.3, links + " links");
		}
		if (count(MENTION, cues.text()) >= 4) {
			spam.add(0.35, "mention flood");
		}
		if (count(HASHTAG, cues.text()) >= 5) {
			spam.add(0.3, "hashtag flood");
		}
		if (MONEY.matcher(cues.text()).find() && (links > 0 || !cues.of("spam").isEmpty())) {
			spam.add(0.3, "money bait with a link or promotion");
		}
		return spam.flag(THRESHOLD);
	}

	private static int count(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}
}
