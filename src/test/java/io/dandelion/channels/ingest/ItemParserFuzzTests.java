package io.dandelion.channels.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.support.Hostile;
import io.dandelion.support.Storable;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest body parser against hostile deliveries: whatever the bytes, it answers (within seconds, even
 * on a loaded machine) with items that can be stored and problems that name a position, and never throws.
 */
class ItemParserFuzzTests {

	static final int DELIVERIES = 2500;

	final ItemParser parser = new ItemParser(JsonMapper.builder().build());

	@Test
	void everyDeliveryIsReadIntoStorableItemsOrNamedProblems() {
		Hostile.check(FuzzItems.deliveries(120_000), DELIVERIES, 20261203L, body -> {
			long start = System.nanoTime();
			ItemParser.Parsed parsed = parser.parse(body);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			parsed.items().forEach(item -> {
				Storable.item(item);
				assertThat(item.text()).hasSizeLessThanOrEqualTo(ItemParser.MAX_TEXT);
			});
			parsed.problems().forEach(problem -> {
				assertThat(problem.position()).isNotNegative();
				assertThat(problem.error()).isNotBlank();
			});
		});
	}
}
