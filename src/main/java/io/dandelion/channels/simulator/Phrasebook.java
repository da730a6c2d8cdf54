package io.dandelion.channels.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Templates and vocabulary per language, read from {@code simulator/phrases.txt}: sections
 * {@code [lang]} of {@code slot: choice|choice} lines; templates name slots in braces.
 */
final class Phrasebook {

	static final List<String> CATEGORIES = List.of("complaint", "question", "praise", "spam", "abuse", "chatter");

	private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)}");

	private final Map<String, Map<String, List<String>>> languages;

	private Phrasebook(Map<String, Map<String, List<String>>> languages) {
		this.languages = languages;
	}

	static Phrasebook load() {
		try (InputStream in = Phrasebook.class.getResourceAsStream("/simulator/phrases.txt")) {
			if (in == null) {
				throw new IllegalStateException("simulator/phrases.txt is missing from the class path");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read simulator/phrases.txt", e);
		}
	}

	static Phrasebook parse(String text) {
		Map<String, Map<String, List<String>>> languages = new HashMap<>();
		Map<String, List<String>> current = null;
		for (String raw : text.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[") && line.endsWith("]")) {
				current = languages.computeIfAbsent(line.substring(1, line.length() - 1), l -> new HashMap<>());
				continue;
			}
			int colon = line.indexOf(':');
			if (current == null || colon < 0) {
				throw new IllegalArgumentException("simulator phrases: not 'slot: a|b' in a [language] section: " + line);
			}
			current.put(line.substring(0, colon).strip(), List.of(line.substring(colon + 1).strip().split("\\|")));
		}
		return new Phrasebook(languages);
	}

	Set<String> languages() {
		return languages.keySet();
	}

	boolean knows(String language) {
		return languages.containsKey(language);
	}

	/** A sentence of {@code category} in {@code language}, its slots filled from the language's vocabulary. */
	String sentence(String language, String category, Random random) {
		return fill(language, pick(language, category, random), random);
	}

	String pick(String language, String slot, Random random) {
		List<String> choices = languages.get(language).get(slot);
		if (choices == null) {
			throw new IllegalStateException("simulator phrases for '" + language + "' lack '" + slot + "'");
		}
		return choices.get(random.nextInt(choices.size()));
	}

	private String fill(String language, String template, Random random) {
		Matcher slots = SLOT.matcher(template);
		StringBuilder out = new StringBuilder();
		while (slots.find()) {
			slots.appendReplacement(out, Matcher.quoteReplacement(pick(language, slots.group(1), random)));
		}
		slots.appendTail(out);
		return out.toString();
	}
}
