package io.dandelion.moderation.internal;

import io.dandelion.analysis.Analysis;
import io.dandelion.analysis.Analyzer;
import io.dandelion.analysis.TextToAnalyse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the analysis module: reads a few marker words so that tests decide what a message
 * is. "idiot" is abuse, "buy now" spam, "refund" a complaint, "bonjour"/"merci" French, "dank" Dutch;
 * anything else is undetermined chatter, or the conversation's language when the context gives one;
 * e-mail addresses are personal data.
 */
class TestAnalyzer implements Analyzer {

	final List<TextToAnalyse> seen = new CopyOnWriteArrayList<>();

	@Override
	public Analysis analyze(TextToAnalyse input) {
		seen.add(input);
		String text = input.text().toLowerCase(Locale.ROOT);
		String language = text.contains("bonjour") || text.contains("merci") ? "fr"
				: text.contains("dank") ? "nl" : input.conversationLanguage() != null ? input.conversationLanguage() : "und";
		List<String> reasons = new ArrayList<>();
		var abuse = flag(text.contains("idiot"), 0.95, "term 'idiot'", reasons);
		var spam = flag(text.contains("buy now"), 0.97, "phrase 'buy now'", reasons);
		String intent = text.contains("refund") ? "complaint" : "chatter";
		List<Analysis.PersonalDataSpan> pii = new ArrayList<>();
		var email = java.util.regex.Pattern.compile("[\\w.]+@[\\w.]+\\w").matcher(input.text());
		while (email.find()) {
			pii.add(new Analysis.PersonalDataSpan("email", email.start(), email.end()));
		}
		return new Analysis(language, "und".equals(language) ? 0.0 : 0.9, intent, 0.8,
				intent.equals("complaint") ? -0.6 : 0.0, spam, abuse, Analysis.Flag.no(), pii, reasons);
	}

	private static Analysis.Flag flag(boolean holds, double score, String reason, List<String> reasons) {
		if (!holds) {
			return Analysis.Flag.no();
		}
		reasons.add(reason);
		return new Analysis.Flag(true, score, List.of(reason));
	}
}
