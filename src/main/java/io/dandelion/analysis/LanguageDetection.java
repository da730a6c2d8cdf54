package io.dandelion.analysis;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Tells the language of a short text. The script decides alone where one language uses it (Greek, Thai,
 * Hangul, Han without kana...); otherwise the letter n-grams of Lingua's models ({@link NgramScorer})
 * compare only the languages of that script that the organisation uses (an 'other' path opens the whole
 * script when none does), and priors from the context tip close calls. Too little text, or a close call
 * the priors do not settle, is {@code und}.
 */
final class LanguageDetection {

	/**
	 * How many letters it takes before n-gram scores (natural logs) count fully as odds: a short text's
	 * scores are read more softly, so that priors can tip them and a near tie stays one.
	 */
	private static final double SOFTENING_LETTERS = 7;

	private static final double MINIMUM_CONFIDENCE = 0.5;

	private static final Pattern NEUTRAL = Pattern.compile(
			"(?:ok|okay|okey|oki|kk|lol+|lmao|rofl|x+d+|omg|wow+|waw|wtf|super|top|bravo|cool|hey|yo|hm+|a+h+|o+h+|e+h+|no|si|ha(?:ha)+h?|ah(?:ah)+|he(?:he)+|hi(?:hi)+|ja(?:ja)+|k{3,})");

	private final Supplier<Set<String>> configured;

	private final NgramScorer scorer = new NgramScorer();

	/** @param configured the languages to choose among (ISO 639-1); empty means every language Lingua knows */
	LanguageDetection(Supplier<Set<String>> configured) {
		this.configured = configured;
	}

	/**
	 * Loads the n-gram tables of the configured languages that share their script with others, so that the
	 * first text does not wait for them; with no configured languages (every language), tables stay lazy.
	 */
	void prepare() {
		Set<String> wanted = configured.get();
		List<String> tables = NgramModels.languages().stream().filter(wanted::contains).toList();
		scorer.models(tables);
	}

	/** The languages whose n-gram tables are loaded. */
	Set<String> loaded() {
		return scorer.loaded();
	}

	LanguageGuess detect(String text, LanguagePriors priors) {
		Letters letters = Letters.of(text);
		if (letters.count() == 0) {
			return LanguageGuess.undetermined(letters.dropped() ? "no words (markup, code, links or letters repeated only)"
					: "no words (emoji, numbers or links only)");
		}
		if (isNeutral(letters.words())) {
			String words = letters.words();
			return LanguageGuess.undetermined("'" + (words.length() > 40 ? words.substring(0, 40) + "..." : words)
					+ "' is said in every language");
		}
		Script script = letters.dominant();
		if (script == Script.OTHER) {
			return LanguageGuess.undetermined("script not supported");
		}
		if (script.isSingleLanguage()) {
			String language = script.languages().get(0);
			return new LanguageGuess(language, letters.count() >= 2 ? 0.99 : 0.8,
					"language " + language + ": " + script.name().toLowerCase(Locale.ROOT) + " script");
		}
		if (letters.count() < 3) {
			return LanguageGuess.undetermined("too short to tell");
		}
		Candidates candidates = candidates(script, priors);
		if (candidates.languages().size() == 1) {
			String language = candidates.languages().get(0);
			return new LanguageGuess(language, 0.9, "language " + language + ": the only " + candidates.describe(script));
		}
		return weigh(letters, candidates, priors, script);
	}

	private LanguageGuess weigh(Letters letters, Candidates candidates, LanguagePriors priors, Script script) {
		List<String> languages = candidates.languages();
		NgramScorer.Scores scored = scorer.score(letters.words(), languages, priors.languages());
		double[] scores = scored.sums();
		double temperature = 1 + SOFTENING_LETTERS / letters.count();
		double top = Double.NEGATIVE_INFINITY;
		for (double score : scores) {
			top = Math.max(top, score);
		}
		double[] odds = new double[scores.length];
		double total = 0;
		for (int i = 0; i < scores.length; i++) {
			odds[i] = Math.exp((scores[i] - top) / temperature) * priors.weightOf(languages.get(i));
			total += odds[i];
		}
		int best = 0;
		int second = -1;
		for (int i = 1; i < odds.length; i++) {
			if (odds[i] > odds[best]) {
				second = best;
				best = i;
			}
			else if (second < 0 || odds[i] > odds[second]) {
				second = i;
			}
		}
		double share = odds[best] / total;
		// a text whose words disagree (half French, half English) is less sure than the sum of its n-grams
		// says; where the priors, not the n-grams, chose, the share says it already
		double agreement = scores[best] == top ? scored.agreement()[best] : 1;
		double confidence = share * agreement;
		String evidence = "n-grams over " + candidates.describe(script) + ", " + priors.describe()
				+ (agreement < 1 ? String.format(Locale.ROOT, ", words agreeing %.2f", agreement) : "");
		if (share < MINIMUM_CONFIDENCE) {
			return LanguageGuess.undetermined(String.format(Locale.ROOT, "close call %s %.2f / %s %.2f (%s)", languages.get(best),
					share, languages.get(second), odds[second] / total, evidence));
		}
		return new LanguageGuess(languages.get(best), round(confidence),
				String.format(Locale.ROOT, "language %s %.2f (%s)", languages.get(best), confidence, evidence));
	}

	private Candidates candidates(Script script, LanguagePriors priors) {
		Set<String> allowed = configured.get();
		List<String> inScript = script.languages();
		if (allowed.isEmpty()) {
			return new Candidates(inScript, true, false);
		}
		Set<String> wanted = new HashSet<>(allowed);
		wanted.addAll(priors.languages());
		List<String> chosen = inScript.stream().filter(wanted::contains).toList();
		if (chosen.isEmpty()) {
			return new Candidates(inScript, true, true);
		}
		if (chosen.size() == 1 && script != Script.LATIN) {
			// one configured language would win unheard: the few other languages of the script are cheap to compare
			return new Candidates(inScript, true, false);
		}
		return new Candidates(chosen, false, false);
	}

	/** The languages (ISO 639-1) detection can choose among: those Lingua has models for. */
	static Set<String> knownLanguages() {
		Set<String> codes = new java.util.TreeSet<>();
		Arrays.stream(Script.values()).forEach(script -> codes.addAll(script.languages()));
		return codes;
	}

	/** A word said alike in many languages ('ok', 'lol', 'haha'). */
	static boolean isNeutralWord(String folded) {
		return NEUTRAL.matcher(folded).matches();
	}

	private static boolean isNeutral(String words) {
		for (String word : words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (!word.isEmpty() && !isNeutralWord(word)) {
				return false;
			}
		}
		return true;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/** The languages compared, in the order of {@link Script#languages()}. */
	private record Candidates(List<String> languages, boolean wholeScript, boolean outsideConfigured) {

		String describe(Script script) {
			String scope = wholeScript ? "all " + languages.size() + " " + script.name().toLowerCase(Locale.ROOT) + "-script languages"
					: languages.size() + " configured " + script.name().toLowerCase(Locale.ROOT) + "-script languages";
			return outsideConfigured ? scope + " (none configured)" : scope;
		}
	}
}
