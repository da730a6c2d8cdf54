package io.dandelion.analytics.alerts;

import io.dandelion.channels.InboundItem;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.Units;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notes which customers' messages contain a keyword rule's keyword as they are stored (analytics keeps no
 * message text), for {@link SpikeWatch} to count; a replayed batch notes nothing twice.
 */
@Component
public class KeywordHits {

	private final JdbcClient jdbc;
	private final AlertRules rules;
	private final Units units;

	KeywordHits(JdbcClient jdbc, AlertRules rules, Units units) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.units = units;
	}

	public void record(List<ReceivedMessage> messages) {
		List<AlertRule> keywords = rules.all().stream().filter(r -> r.kind() == AlertRule.Kind.KEYWORD).toList();
		if (keywords.isEmpty()) {
			return;
		}
		List<Object[]> hits = new ArrayList<>();
		for (AlertRule rule : keywords) {
			Set<UnitId> subtree = units.subtreeIds(rule.unit());
			messages.stream()
				.filter(m -> m.direction() == InboundItem.Direction.INBOUND)
				.filter(m -> m.unit().equals(rule.unit()) || subtree.contains(m.unit()))
				.filter(m -> rule.matches(m.text()))
				.forEach(m -> hits.add(new Object[] { rule.id().toString(), m.id().toString(),
						m.createdAt().atOffset(ZoneOffset.UTC).toString() }));
		}
		if (hits.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into analytics_keyword_hit (rule_id, message_id, at)
				select * from unnest(?::uuid[], ?::uuid[], ?::timestamptz[]) on conflict do nothing""")
			.params(hits.stream().map(h -> (String) h[0]).toArray(String[]::new),
					hits.stream().map(h -> (String) h[1]).toArray(String[]::new),
					hits.stream().map(h -> (String) h[2]).toArray(String[]::new))
			.update();
	}
}
