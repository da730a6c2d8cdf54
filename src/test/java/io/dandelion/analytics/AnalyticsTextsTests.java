package io.dandelion.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.analytics.alerts.AlertRule;
import io.dandelion.conversations.ConversationStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The report, alert and monitoring pages have every text they ask for, in English and in French. */
class AnalyticsTextsTests {

	static final Pattern ASKED = Pattern.compile("(?:t|texts)\\.get\\(\"([a-z0-9.\\-]+)\"");

	static final Pattern DIMENSION = Pattern.compile("t\\.dimension\\(\"([a-z]+)\"");

	@Test
	void bothLanguagesHaveTheSameTexts() throws IOException {
		assertThat(bundle("i18n/analytics_fr.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(bundle("i18n/analytics.properties").stringPropertyNames());
	}

	@Test
	void everyTextThePagesAskForIsThere() throws IOException {
		Set<String> asked = new HashSet<>();
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/jte/analytics")),
				Files.walk(Path.of("src/main/java/io/dandelion/analytics")))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String text = Files.readString(file);
				ASKED.matcher(text).results().map(m -> m.group(1)).filter(key -> !key.endsWith(".")).forEach(asked::add);
				DIMENSION.matcher(text).results().map(m -> "by." + m.group(1)).forEach(asked::add);
			}
		}
		// texts whose key is made from a value
		Arrays.stream(Dimension.values()).map(d -> "by." + d.name().toLowerCase(Locale.ROOT)).forEach(asked::add);
		Arrays.stream(ConversationStatus.values()).map(s -> "status." + s.name()).forEach(asked::add);
		Arrays.stream(AlertRule.Kind.values()).map(k -> "kind." + k.name()).forEach(asked::add);
		Stream.of("UNKNOWN", "HEALTHY", "FAILING", "RATE_LIMITED", "UNAUTHORISED", "PAUSED")
			.map(h -> "health." + h)
			.forEach(asked::add);
		Stream.of("threshold", "window", "keyword-missing", "keyword-extra", "keyword-long", "email", "unit", "kind",
				"threshold-number", "window-number")
			.map(reason -> "alerts.invalid." + reason)
			.forEach(asked::add);
		assertThat(asked).as("the scan found the pages' texts").hasSizeGreaterThan(100);

		assertThat(bundle("i18n/analytics.properties").stringPropertyNames()).containsAll(asked);
		assertThat(bundle("i18n/analytics_fr.properties").stringPropertyNames()).containsAll(asked);
	}

	private static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (InputStream in = AnalyticsTextsTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
