package io.dandelion.analysis;

import io.dandelion.analysis.Analysis.Flag;
import io.dandelion.analysis.Analysis.PersonalDataSpan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Dandelion's analyser: language first (script, Lingua among the configured languages, context as priors),
 * then cue words of that language for intent, sentiment, spam, abuse and profanity, and patterns for
 * personal data. Plain Java, thread-safe; the server and the {@code analyze} command both use it.
 */
public final class TextAnalyzer implements Analyzer {

	private static final int SHORT_TEXT_WORDS = 4;

	private final LanguageDetection languages;

	/** Our own lists first: where several lists hold a term, the first one's weight counts. */
	private final Lexicon lexicon = Lexicon.load("/analysis/lexicon.tsv", "/analysis/abuse.tsv", "/analysis/wordlists/cuss.tsv",
			"/analysis/wordlists/2toad-profanity.tsv", "/analysis/wordlists/ldnoobw.tsv");

	private final SpamRules spam = new SpamRules();

	private final AbuseRules abuse = new AbuseRules();

	private final PersonalDataFinder personalData = new PersonalDataFinder();

	private TextAnalyzer(Supplier<Set<String>> languages) {
		this.languages = new LanguageDetection(languages);
	}

	/** Chooses among {@code languages} (ISO 639-1, read again for every text so that they can change); empty means all. */
	public static TextAnalyzer forLanguages(Supplier<Set<String>> languages) {
		return new TextAnalyzer(languages);
	}

	/** Chooses among the given languages; empty means every language Lingua knows. */
	public static TextAnalyzer forLanguages(Collection<String> languages) {
		Set<String> fixed = Set.copyOf(languages);
		return new TextAnalyzer(() -> fixed);
	}

	/** The languages (ISO 639-1) that can be chosen among: those Lingua has models for. */
	public static Set<String> knownLanguages() {
		return LanguageDetection.knownLanguages();
	}

	/** Loads the language models of the configured languages now rather than on the first text that needs them. */
	public void prepare() {
		languages.prepare();
	}

	@Override
	public Analysis analyze(TextToAnalyse input) {
		String text = input.text();
		List<Tokens.Token> tokens = Tokens.of(text);
		List<Lexicon.Match> found = new ArrayList<>(lexicon.find(tokens));
		found.addAll(lexicon.findDisguised(text));
		LanguageGuess language = languages.detect(text, priors(input, tokens, found));
		found.addAll(lexicon.findInflected(tokens, language.language()));
		Cues cues = Cues.keep(text, language.language(), tokens, found);
		Sentiment sentiment = Sentiment.of(cues);
		Intent intent = Intent.of(cues, sentiment);
		Flag spamFlag = spam.judge(cues);
		AbuseRules.Findings abuseFindings = abuse.judge(cues);
		List<PersonalDataSpan> pii = personalData.find(text);
		List<String> reasons = new ArrayList<>();
		reasons.add(language.reason());
		reasons.add(intent.describe());
		reasons.add(sentiment.describe());
		if (!pii.isEmpty()) {
			reasons.add("personal data: " + pii.stream().map(PersonalDataSpan::kind).distinct().collect(Collectors.joining(", ")));
		}
		return new Analysis(language.language(), language.confidence(), intent.name(), intent.score(), sentiment.score(),
				spamFlag, abuseFindings.abusive(), abuseFindings.profanity(), pii, reasons);
	}

	private static LanguagePriors priors(TextToAnalyse input, List<Tokens.Token> tokens, List<Lexicon.Match> found) {
		List<Lexicon.Match> hintWords = tokens.size() <= SHORT_TEXT_WORDS
				? found.stream().filter(m -> m.term().kind().equals("hint")).toList() : List.of();
		Set<String> hints = hintWords.stream().map(m -> m.term().language()).collect(Collectors.toSet());
		long covered = hintWords.stream().mapToInt(m -> m.term().words().size()).sum()
				+ tokens.stream().filter(t -> LanguageDetection.isNeutralWord(t.folded())).count();
		boolean wordsDecide = hints.size() == 1 && covered >= tokens.size();
		return new LanguagePriors(input.unitLanguages(), input.conversationLanguage(), input.authorLanguage(), hints,
				wordsDecide);
	}
}
