package io.dandelion.bench;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Author;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.InboundItem.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deterministic customer traffic for the benchmark: item {@code i} is always the same, so that the
 * ingest run and the raw COPY run write the same rows. Comments under posts (40 per post, a third of
 * them replies to an earlier comment), direct messages in per-author threads, a few mentions;
 * 100,000 authors; short texts in several languages.
 */
final class BenchTraffic {

	static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

	private static final String[] TEXTS = { "Where is my order? I have been waiting for two weeks now.",
			"Mon colis n'est toujours pas arrivé, pouvez-vous m'aider ?", "Wo bleibt meine Bestellung? Seit zehn Tagen nichts.",
			"¿Por qué me cobraron dos veces este mes?", "Ottimo servizio, grazie mille al vostro team!",
			"Dlaczego aplikacja ciągle się zawiesza po aktualizacji?", "Waarom is mijn abonnement opgezegd zonder bericht?",
			"Love the new design, great work everyone", "Het werkt weer, dank jullie wel voor de snelle hulp.",
			"Preciso de ajuda com a minha fatura, está errada.", "Kiitos nopeasta vastauksesta!",
			"This is the third time I am asking, nobody answers. Unacceptable." };

	private BenchTraffic() {
	}

	static InboundItem item(int i) {
		int author = (int) ((i * 7919L) % 100_000);
		Author who = new Author("u" + author, "@customer" + author, "Customer " + author);
		String text = TEXTS[i % TEXTS.length] + " #" + i;
		Instant at = START.plusMillis(i * 10L);
		int kind = i % 10;
		if (kind < 7) {
			String post = "post-" + (i / 40);
			String parent = (i % 3 == 2) ? "c-" + (i - 1) : post;
			return new InboundItem("c-" + i, Kind.COMMENT, Direction.INBOUND, post, parent, who, text, at, List.of(),
					Map.of());
		}
		if (kind < 9) {
			return new InboundItem("dm-" + i, Kind.DIRECT_MESSAGE, Direction.INBOUND, "dm-thread-" + author, null, who,
					text, at, List.of(), Map.of());
		}
		return new InboundItem("m-" + i, Kind.MENTION, Direction.INBOUND, null, null, who, text, at, List.of(),
				Map.of("lang_hint", "und"));
	}

	static List<InboundItem> batch(int from, int size) {
		var items = new ArrayList<InboundItem>(size);
		for (int i = from; i < from + size; i++) {
			items.add(item(i));
		}
		return items;
	}
}
