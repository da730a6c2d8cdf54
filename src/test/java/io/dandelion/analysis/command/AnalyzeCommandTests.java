package io.dandelion.analysis.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalyzeCommandTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void answersEveryLineInTheInputOrderEchoingItsId() {
		String input = IntStream.range(0, 1000)
			.mapToObj(i -> "{\"id\":" + i + ",\"text\":\"" + (i % 2 == 0 ? "Merci beaucoup pour votre aide n°" : "Thank you so much for the help number ") + i + "\"}")
			.collect(Collectors.joining("\n"));

		Run run = run(input, "--languages", "en,fr", "--threads", "2");

		assertThat(run.status()).isEqualTo(AnalyzeCommand.OK);
		assertThat(run.lines()).hasSize(1000);
		for (int i = 0; i < 1000; i++) {
			JsonNode answer = run.lines().get(i);
			assertThat(answer.get("id").asInt()).isEqualTo(i);
			assertThat(answer.get("language").asString()).isEqualTo(i % 2 == 0 ? "fr" : "en");
		}
	}

	@Test
	void answersWithLanguageIntentSentimentFlagsPersonalDataAndReasons() {
		Run run = run("""
				{"id":"c-1","text":"Vous êtes des voleurs, rappelez-moi au +33 6 12 34 56 78","country":"FR","channel":"x"}
				""", "--languages", "fr,en,nl");

		JsonNode answer = run.lines().get(0);
		assertThat(answer.get("id").asString()).isEqualTo("c-1");
		assertThat(answer.get("language").asString()).isEqualTo("fr");
		assertThat(answer.get("languageConfidence").asDouble()).isBetween(0.5, 1.0);
		assertThat(answer.get("intent").asString()).isIn("complaint", "question", "praise", "chatter");
		assertThat(answer.get("sentiment").isNumber()).isTrue();
		assertThat(answer.get("abusive").asBoolean()).isTrue();
		assertThat(answer.get("abusiveScore").asDouble()).isGreaterThanOrEqualTo(0.5);
		assertThat(answer.get("abusiveReasons").toString()).contains("voleurs");
		assertThat(answer.get("spam").isBoolean()).isTrue();
		assertThat(answer.get("profanity").isBoolean()).isTrue();
		JsonNode phone = answer.get("pii").get(0);
		assertThat(phone.get("kind").asString()).isEqualTo("phone");
		assertThat("Vous êtes des voleurs, rappelez-moi au +33 6 12 34 56 78".substring(phone.get("start").asInt(), phone.get("end").asInt()))
			.isEqualTo("+33 6 12 34 56 78");
		assertThat(answer.get("reasons").toString()).contains("language fr");
	}

	@Test
	void considersEveryLanguageLinguaKnowsUnlessNarrowed() {
		String ukrainian = "{\"id\":1,\"text\":\"Мій інтернет не працює вже три дні, допоможіть будь ласка\"}";

		assertThat(run(ukrainian).lines().get(0).get("language").asString()).isEqualTo("uk");
		assertThat(run(ukrainian, "--languages", "ru,bg").lines().get(0).get("language").asString()).isIn("ru", "bg", "und");
	}

	@Test
	void answersABadLineWithItsNumberAndWhyAndGoesOn() {
		Run run = run("""
				{"id":1,"text":"Thanks a lot"}
				this is not json
				[1, 2]
				{"id":4,"text":42}

				{"id":6,"text":"Bye now"}
				""", "--languages", "en");

		assertThat(run.status()).isEqualTo(AnalyzeCommand.SOME_LINES_REJECTED);
		assertThat(run.lines()).hasSize(5);
		assertThat(run.lines().get(1).get("error").asString()).startsWith("line 2 is not JSON");
		assertThat(run.lines().get(2).get("error").asString()).isEqualTo("line 3 is not a JSON object");
		assertThat(run.lines().get(3).get("id").asInt()).isEqualTo(4);
		assertThat(run.lines().get(3).get("error").asString()).isEqualTo("line 4 has no \"text\" string");
		assertThat(run.lines().get(4).get("id").asInt()).isEqualTo(6);
		assertThat(run.lines().get(4).get("language").asString()).isEqualTo("en");
		assertThat(run.err()).contains("3 line(s) rejected");
	}

	@Test
	void readsTheFileGivenWithIn(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("in.jsonl"), "{\"id\":7,\"text\":\"Dank je wel voor de snelle hulp\"}\n");

		Run run = run("", "--in", file.toString(), "--languages", "nl,en");

		assertThat(run.lines()).singleElement().satisfies(answer -> assertThat(answer.get("language").asString()).isEqualTo("nl"));
	}

	@Test
	void refusesUnusableArgumentsWithASentence() {
		assertThat(run("", "--in", "/no/such/file.jsonl")).satisfies(run -> {
			assertThat(run.status()).isEqualTo(AnalyzeCommand.UNUSABLE);
			assertThat(run.err()).contains("Cannot read '/no/such/file.jsonl': no such file.");
		});
		assertThat(run("", "--languages", "fr,xx").err()).contains("Unknown language code(s) xx in --languages");
		assertThat(run("", "--threads", "zero").err()).contains("--threads needs a whole number from 1 to 256, not 'zero'.");
		assertThat(run("", "--verbose").err()).contains("Unknown argument '--verbose'.");
		assertThat(run("", "--in").status()).isEqualTo(AnalyzeCommand.UNUSABLE);
	}

	@Test
	void toldTheUsageOnHelp() {
		Run run = run("", "--help");

		assertThat(run.status()).isEqualTo(AnalyzeCommand.OK);
		assertThat(run.err()).contains("Usage: java -jar dandelion.jar analyze");
	}

	static Run run(String input, String... args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int status = AnalyzeCommand.run(List.of(args), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
				new PrintStream(err, true, StandardCharsets.UTF_8));
		List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
		return new Run(status, lines, err.toString(StandardCharsets.UTF_8));
	}

	record Run(int status, List<JsonNode> lines, String err) {
	}
}
