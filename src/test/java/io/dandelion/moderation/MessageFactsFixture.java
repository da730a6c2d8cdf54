package io.dandelion.moderation;

import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Messages to evaluate rules against; each builder step returns a changed copy. */
record MessageFactsFixture(MessageFacts facts) {

	static final UnitId GROUP = UnitId.of("00000000-0000-0000-0000-000000000001");
	static final UnitId EUROPE = UnitId.of("00000000-0000-0000-0000-000000000002");
	static final UnitId BELGIUM = UnitId.of("00000000-0000-0000-0000-000000000003");
	static final UnitId FRANCE = UnitId.of("00000000-0000-0000-0000-000000000004");

	static MessageFactsFixture aBelgianComment(String text) {
		return new MessageFactsFixture(new MessageFacts(UUID.randomUUID(), List.of(GROUP, EUROPE, BELGIUM),
				UUID.randomUUID(), "X", "fr", 0.95, "complaint", -0.4, Map.of(), text,
				MessageFacts.AuthorFacts.unknown(), Instant.parse("2026-11-27T10:00:00Z"), ZoneId.of("Europe/Brussels")));
	}

	MessageFactsFixture withLabel(String label, double score) {
		Map<String, Double> labels = new HashMap<>(facts.labels());
		labels.put(label, score);
		return new MessageFactsFixture(new MessageFacts(facts.messageId(), facts.unitPath(), facts.channel(),
				facts.platform(), facts.language(), facts.languageConfidence(), facts.intent(), facts.sentiment(), labels,
				facts.text(), facts.author(), facts.receivedAt(), facts.zone()));
	}

	MessageFactsFixture at(Instant receivedAt) {
		return new MessageFactsFixture(new MessageFacts(facts.messageId(), facts.unitPath(), facts.channel(),
				facts.platform(), facts.language(), facts.languageConfidence(), facts.intent(), facts.sentiment(),
				facts.labels(), facts.text(), facts.author(), receivedAt, facts.zone()));
	}
}
