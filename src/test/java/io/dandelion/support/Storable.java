package io.dandelion.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.channels.InboundItem;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the fuzz tests ask of a parser's output: every item is one the conversations' ingest stores
 * (ids present, at most 512 characters, no NUL), and a failure is one of the kinds the caller handles.
 */
public final class Storable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Storable() {
	}

	/** The item would be stored as it is. */
	public static void item(InboundItem item) {
		for (String id : new String[] { item.externalId(), item.author().externalId() }) {
			assertThat(id).as("an id of " + item.externalId()).isNotBlank().hasSizeLessThanOrEqualTo(512).doesNotContain("\0");
		}
		for (String id : new String[] { item.threadExternalId(), item.parentExternalId() }) {
			if (id != null) {
				assertThat(id).as("a reference of " + item.externalId()).isNotBlank().hasSizeLessThanOrEqualTo(512)
					.doesNotContain("\0");
			}
		}
		assertThat(item.createdAt()).isNotNull();
		assertThat(item.kind()).isNotNull();
		assertThat(item.direction()).isNotNull();
		assertThat(item.text()).isNotNull();
	}

	/**
	 * Runs a connector's mapping of a platform answer: it returns whole items or fails with one of
	 * the {@code expected} exceptions (which the poller reports on the channel), never another one.
	 */
	@SafeVarargs
	public static void mapping(Supplier<List<InboundItem>> mapping, Class<? extends RuntimeException>... expected) {
		List<InboundItem> items;
		try {
			items = mapping.get();
		}
		catch (RuntimeException e) {
			assertThat(e).as("the mapping failed unexpectedly").isInstanceOfAny(expected);
			return;
		}
		items.forEach(Storable::mapped);
	}

	/**
	 * What a connector's item must be: ids present and not blank (a blank one is the mapping's mistake). An
	 * id the platform sent over-long or with NUL is refused with the whole batch by the sink and the poll
	 * reports the failure on the channel: not stored, not corrupt (docs/reliability.md).
	 */
	private static void mapped(InboundItem item) {
		assertThat(item.externalId()).isNotBlank();
		assertThat(item.author().externalId()).as("the author of " + item.externalId()).isNotBlank();
		for (String id : new String[] { item.threadExternalId(), item.parentExternalId() }) {
			if (id != null) {
				assertThat(id).as("a reference of " + item.externalId()).isNotBlank();
			}
		}
		assertThat(item.createdAt()).isNotNull();
		assertThat(item.text()).isNotNull();
	}

	/** The JSON text as a tree, or null when it does not read (a platform answering that is refused before mapping). */
	public static JsonNode tree(byte[] json) {
		try {
			return JSON.readTree(json);
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}
}
