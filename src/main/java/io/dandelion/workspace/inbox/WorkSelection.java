package io.dandelion.workspace.inbox;

import io.dandelion.conversations.ConversationId;
import io.dandelion.moderation.MessageOutcomes;
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
 * Turns a {@link WorkFilter} into the conversations it selects: the tagged ones (the workspace's own table),
 * those routing reports held by someone or in an SLA state, and those whose latest message moderation
 * reports with an intent or a sentiment, intersected; the conversations module then
 * lists them within the caller's scope. Each side selects at most {@value #LIMIT}, most recent (tags) or
 * most urgent (routing) first.
 */
@Component
class WorkSelection {

	static final int LIMIT = 5_000;

	private final JdbcClient jdbc;
	private final ObjectProvider<ConversationOwnership> routing;
	private final ObjectProvider<MessageOutcomes> moderation;

	WorkSelection(JdbcClient jdbc, ObjectProvider<ConversationOwnership> routing,
			ObjectProvider<MessageOutcomes> moderation) {
		this.jdbc = jdbc;
		this.routing = routing;
		this.moderation = moderation;
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
			among = intersect(among, selected);
		}
		if (filter.asksAnalysis()) {
			MessageOutcomes outcomes = moderation.getIfAvailable();
			among = intersect(among, outcomes == null ? List.of()
					: outcomes.latestMatching(scope, filter.intent(), filter.sentiment(), LIMIT));
		}
		return among;
	}

	private static Set<ConversationId> intersect(@Nullable Set<ConversationId> among, List<ConversationId> selected) {
		if (among == null) {
			return new LinkedHashSet<>(selected);
		}
		among.retainAll(Set.copyOf(selected));
		return among;
	}
}
