package io.dandelion.analysis;

import java.lang.Character.UnicodeScript;
import java.util.List;

/** The writing systems language detection tells apart, each with the languages (ISO 639-1) Lingua knows in it. */
enum Script {

	LATIN(List.of("af", "sq", "az", "eu", "nb", "bs", "ca", "hr", "cs", "da", "nl", "en", "eo", "et", "fi", "fr", "lg",
			"de", "hu", "is", "id", "ga", "it", "la", "lv", "lt", "ms", "mi", "nn", "pl", "pt", "ro", "sn", "sk", "sl", "so",
			"st", "es", "sw", "sv", "tl", "ts", "tn", "tr", "vi", "cy", "xh", "yo", "zu")),
	CYRILLIC(List.of("be", "bg", "kk", "mk", "mn", "ru", "sr", "uk")),
	ARABIC(List.of("ar", "fa", "ur")),
	DEVANAGARI(List.of("hi", "mr")),
	GREEK(List.of("el")),
	HEBREW(List.of("he")),
	ARMENIAN(List.of("hy")),
	GEORGIAN(List.of("ka")),
	BENGALI(List.of("bn")),
	GUJARATI(List.of("gu")),
	GURMUKHI(List.of("pa")),
	TAMIL(List.of("ta")),
	TELUGU(List.of("te")),
	THAI(List.of("th")),
	HANGUL(List.of("ko")),
	KANA(List.of("ja")),
	HAN(List.of("zh")),
	OTHER(List.of());

	private final List<String> languages;

	Script(List<String> languages) {
		this.languages = languages;
	}

	/** Languages written in this script, for which Lingua has models. */
	List<String> languages() {
		return languages;
	}

	/** A script that one language alone uses (among those Lingua knows): no statistics needed. */
	boolean isSingleLanguage() {
		return languages.size() == 1;
	}

	static Script of(int codePoint) {
		return switch (UnicodeScript.of(codePoint)) {
			case LATIN -> LATIN;
			case CYRILLIC -> CYRILLIC;
			case ARABIC -> ARABIC;
			case DEVANAGARI -> DEVANAGARI;
			case GREEK -> GREEK;
			case HEBREW -> HEBREW;
			case ARMENIAN -> ARMENIAN;
			case GEORGIAN -> GEORGIAN;
			case BENGALI -> BENGALI;
			case GUJARATI -> GUJARATI;
			case GURMUKHI -> GURMUKHI;
			case TAMIL -> TAMIL;
			case TELUGU -> TELUGU;
			case THAI -> THAI;
			case HANGUL -> HANGUL;
			case HIRAGANA, KATAKANA -> KANA;
			case HAN -> HAN;
			default -> OTHER;
		};
	}
}
