package io.dandelion.analysis.command;

import io.dandelion.analysis.Analysis;
import io.dandelion.analysis.Analysis.Flag;
import io.dandelion.analysis.Analyzer;
import io.dandelion.analysis.TextToAnalyse;
import java.io.StringWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One input line ({@code {"id","text","country","channel"}}) in, one output line (its analysis, or why not) out. */
final class AnalysisLines {

	/** Longer texts are refused, so that one line cannot hold the memory of thousands. */
	static final int MAX_TEXT_LENGTH = 100_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Analyzer analyzer;

	AnalysisLines(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** An output line (without its line break), and whether it tells why the input line was refused. */
	record Answer(String line, boolean rejected) {
	}

	/** The answer to input line number {@code number} (counted from 1). */
	Answer answer(long number, String line) {
		JsonNode input;
		try {
			input = JSON.readTree(line);
		}
		catch (JacksonException notJson) {
			return error(null, number, "line " + number + " is not JSON: " + firstLine(notJson.getOriginalMessage()));
		}
		if (input == null || !input.isObject()) {
			return error(null, number, "line " + number + " is not a JSON object");
		}
		JsonNode id = input.get("id");
		JsonNode text = input.get("text");
		if (text == null || !text.isString()) {
			return error(id, number, "line " + number + " has no \"text\" string");
		}
		if (text.stringValue().length() > MAX_TEXT_LENGTH) {
			return error(id, number, "line " + number + " has a text longer than " + MAX_TEXT_LENGTH + " characters");
		}
		String country = optional(input, "country");
		List<String> priors = country == null ? List.of() : CountryLanguages.of(country);
		var toAnalyse = new TextToAnalyse(text.stringValue(), priors, null, null, country, optional(input, "channel"));
		return new Answer(write(id, analyzer.analyze(toAnalyse)), false);
	}

	private static @Nullable String optional(JsonNode input, String field) {
		JsonNode value = input.get(field);
		return value != null && value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
	}

	private static String write(@Nullable JsonNode id, Analysis analysis) {
		var out = new StringWriter(512);
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			writeId(json, id);
			json.writeStringProperty("language", analysis.language());
			json.writeNumberProperty("languageConfidence", analysis.languageConfidence());
			json.writeStringProperty("intent", analysis.intent());
			json.writeNumberProperty("intentScore", analysis.intentScore());
			json.writeNumberProperty("sentiment", analysis.sentiment());
			writeFlag(json, "spam", analysis.spam());
			writeFlag(json, "abusive", analysis.abusive());
			writeFlag(json, "profanity", analysis.profanity());
			json.writeArrayPropertyStart("pii");
			for (var span : analysis.pii()) {
				json.writeStartObject();
				json.writeStringProperty("kind", span.kind());
				json.writeNumberProperty("start", span.start());
				json.writeNumberProperty("end", span.end());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayPropertyStart("reasons");
			for (String reason : analysis.reasons()) {
				json.writeString(reason);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		return out.toString();
	}

	private static void writeFlag(JsonGenerator json, String name, Flag flag) {
		json.writeBooleanProperty(name, flag.value());
		json.writeNumberProperty(name + "Score", flag.score());
		json.writeArrayPropertyStart(name + "Reasons");
		for (String reason : flag.reasons()) {
			json.writeString(reason);
		}
		json.writeEndArray();
	}

	private static Answer error(@Nullable JsonNode id, long number, String message) {
		var out = new StringWriter(128);
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			writeId(json, id);
			json.writeNumberProperty("line", number);
			json.writeStringProperty("error", message);
			json.writeEndObject();
		}
		return new Answer(out.toString(), true);
	}

	private static void writeId(JsonGenerator json, @Nullable JsonNode id) {
		json.writeName("id");
		if (id == null) {
			json.writeNull();
		}
		else {
			json.writeTree(id);
		}
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "unreadable";
		}
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}
}
