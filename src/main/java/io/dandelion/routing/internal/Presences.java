package io.dandelion.routing.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import io.dandelion.routing.AgentLoad.Presence;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether agents are online, away or offline, and since when; a member who never said counts as offline. */
@Service
public class Presences {

	private final JdbcClient jdbc;
	private final AuditLog audit;

	Presences(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The caller says they are online, away or offline; recorded (and audited) only when it changes. */
	@Transactional
	public PresenceSince set(AccessScope scope, Presence presence) {
		MemberId member = scope.member()
			.orElseThrow(() -> new QueueWork.NotAllowedException("only a signed-in member has a presence"));
		PresenceSince before = of(member);
		if (before.presence() == presence && before.since() != null) {
			return before;
		}
		jdbc.sql("""
				insert into agent_presence (member_id, presence, since) values (?, ?, now())
				on conflict (member_id) do update set presence = excluded.presence, since = excluded.since""")
			.params(member.value(), presence.name())
			.update();
		audit.record(new AuditEntry(scope.actor(), "routing.presence", null, "member", member.toString(),
				Map.of("presence", before.presence().name()), Map.of("presence", presence.name())));
		return of(member);
	}

	public PresenceSince of(MemberId member) {
		return jdbc.sql("select presence, since from agent_presence where member_id = ?")
			.param(member.value())
			.query((rs, n) -> new PresenceSince(Presence.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()))
			.optional()
			.orElse(new PresenceSince(Presence.OFFLINE, null));
	}

	/** The presence of each of {@code members}; those who never said are offline. */
	Map<MemberId, Presence> of(Collection<MemberId> members) {
		Map<MemberId, Presence> presences = new HashMap<>();
		members.forEach(m -> presences.put(m, Presence.OFFLINE));
		jdbc.sql("select member_id, presence from agent_presence where member_id = any(?)")
			.param(members.stream().map(MemberId::value).toArray(UUID[]::new))
			.query(rs -> {
				presences.put(new MemberId(rs.getObject(1, UUID.class)), Presence.valueOf(rs.getString(2)));
			});
		return presences;
	}

	/** A presence and since when it holds (null: never set). */
	public record PresenceSince(Presence presence, @Nullable Instant since) {
	}
}
