package io.dandelion.workspace.conversation;

import io.dandelion.organisation.UnitId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved reply of a unit (usable in its whole subtree) with one text per language. Texts may hold
 * placeholders: {@code {name}} (the customer), {@code {agent}} (who answers), {@code {brand}} (the account).
 */
public record SavedReply(UUID id, UnitId unit, String name, Map<String, String> variants) {

	private static final Pattern PLACEHOLDER = Pattern.compile("(\\s*)\\{(name|agent|brand)}");

	public SavedReply {
		variants = Map.copyOf(variants);
	}

	/** The first of {@code languages} this reply has a text for, else English, else any. */
	public String languageFor(List<String> languages) {
		return languages.stream()
			.filter(variants::containsKey)
			.findFirst()
			.orElseGet(() -> variants.containsKey("en") ? "en" : variants.keySet().stream().sorted().findFirst().orElseThrow());
	}

	/** The text in {@code language} with its placeholders filled; an empty value leaves no stray spaces. */
	public String fill(String language, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(variants.get(language));
		return matcher.replaceAll(m -> {
			String value = values.getOrDefault(m.group(2), "");
			// an empty value takes the space before it along: "Hello {name}," becomes "Hello,"
			return Matcher.quoteReplacement(value.isEmpty() ? "" : m.group(1) + value);
		}).trim();
	}
}
