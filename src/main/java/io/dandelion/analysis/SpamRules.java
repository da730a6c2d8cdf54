package io.dandelion.analysis;

import io.dandelion.analysis.Analysis.Flag;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spam: promotion phrases (a single one weighs less in a question or a complaint, where customers quote
 * them), link shorteners and piles of links, mention and hashtag floods, money bait.
 */
final class SpamRules {

	private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)(\\S+)");

	/** A link shortener's address, with or without its scheme ('tinyurl.com/claimnow' is still a link). */
	private static final Pattern SHORTENER = Pattern.compile(
			"(?i)(?<![\\w.])(?:https?://)?(bit\\.ly|tinyurl\\.com|goo\\.gl|ow\\.ly|is\\.gd|cutt\\.ly|rb\\.gy|tiny\\.cc|shorturl\\.at|t\\.me|wa\\.me)/");

	/** Cues of a customer writing (a question, a complaint): one promotion phrase there is likely innocent. */
	private static final java.util.Set<String> CUSTOMER_CUES = java.util.Set.of("complaint", "negative");

	private static final Pattern MONEY = Pattern
		.compile("(?i)(?:[$€£]\\s?\\d[\\d.,]*\\s?(?:k|/day|/week|per day|a day)?|\\d[\\d.,]*\\s?(?:\\$|€|£|usd|eur|btc)\\b)");

	private static final Pattern MENTION = Pattern.compile("(?<!\\w)@\\w+");

	private static final Pattern HASHTAG = Pattern.compile("(?<!\\w)#\\w+");

	private static final double THRESHOLD = 0.5;

	Flag judge(Cues cues) {
		Evidence spam = new Evidence();
		boolean customerLike = cues.text().contains("?") || !cues.of(CUSTOMER_CUES).isEmpty();
		List<Lexicon.Match> phrases = cues.of("spam");
		for (int i = 0; i < phrases.size(); i++) {
			boolean alone = i == 0 && customerLike;
			spam.add(alone ? 0.3 : 0.55, "spam phrase " + cues.quote(phrases.get(i)) + (alone ? " (in a question or complaint)" : ""));
		}
		int links = count(LINK, cues.text());
		Matcher shortener = SHORTENER.matcher(cues.text());
		while (shortener.find()) {
			spam.add(0.35, "link shortener " + shortener.group(1));
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
