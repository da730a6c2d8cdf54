package io.dandelion.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A text and the context that helps to read it: the languages of the unit it arrived in (priors, most
 * likely first; empty when unknown), the language of the conversation so far and of the author's past
 * messages (null when unknown), the customer's country (ISO 3166-1 alpha-2) and the platform.
 */
public record TextToAnalyse(String text, List<String> unitLanguages, @Nullable String conversationLanguage,
		@Nullable String authorLanguage, @Nullable String country, @Nullable String platform) {

	public TextToAnalyse {
		unitLanguages = List.copyOf(unitLanguages);
	}

	public static TextToAnalyse of(String text) {
		return new TextToAnalyse(text, List.of(), null, null, null, null);
	}
}
