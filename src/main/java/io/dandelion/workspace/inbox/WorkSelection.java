package io.dandelion.workspace.inbox;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import io.dandelion.routing.ConversationOwnership;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link WorkFilter} into the conversations it selects: the tagged ones (the workspace's own table)
 * and those routing reports held by someone or in an SLA state, intersected; the conversations module then
 * lists them within the caller's scope. Each side selects at most {@value #LIMIT}, most recent (tags) or
 * most urgent (routing) first.
 */
@Component
class WorkSelection {

	static final int LIMIT = 5_000;

	private final JdbcClient jdbc;
	private final ObjectProvider<ConversationOwnership> routing;

	WorkSelection(JdbcClient jdbc, ObjectProvider<ConversationOwnership> routing) {
		this.jdbc = jdbc;
		this.routing = routing;
	}

	/** The conversations the filter selects, or null when it selects by nothing of this kind. */
	@Nullable Set<ConversationId> among(AccessScope scope, WorkFilter filter) {
		Set<ConversationId> among = null;
		if (filter.tag() != null) {
			among = new LinkedHashSet<>(jdbc
				.sql("select conversation_id from workspace_tag where tag = ? order by added_at desc limit ?")
				.params(filter.tag(), LIMIT)
				.query((rs, n) -> new ConversationId(rs.getObject(1, UUID.class)))
				.list());
		}
		if (filter.asksRouting()) {
			ConversationOwnership ownership = routing.getIfAvailable();
			MemberId holder = filter.holder(scope).orElse(null);
			List<ConversationId> selected = ownership == null || (filter.assignee() != null && holder == null) ? List.of()
					: ownership.matching(scope, holder, filter.sla(), LIMIT);
			if (among == null) {
				among = new LinkedHashSet<>(selected);
			}
			else {
				among.retainAll(Set.copyOf(selected));
			}
		}
		return among;
	}
}
