package io.dandelion.workspace.inbox;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.ConversationFilter;
import io.dandelion.conversations.ConversationStatus;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.UnitId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved views belong to the member who saved them; nobody else sees or deletes them. Saving and deleting
 * are audited. A view only stores filters: the owner's scope applies whenever it is used.
 */
@Component
class SavedViews {

	static final int MAX_VIEWS = 50;

	private final JdbcClient jdbc;
	private final AuditLog audit;

	SavedViews(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	List<SavedView> of(AccessScope scope) {
		return scope.member()
			.map(member -> jdbc.sql("""
					select id, name, unit_id, channel_id, status, language, tag, assignee, sla, intent, sentiment from workspace_view
					where member_id = ? order by lower(name)""").param(member.value()).query((rs, n) -> view(rs)).list())
			.orElse(List.of());
	}

	Optional<SavedView> find(AccessScope scope, UUID id) {
		return of(scope).stream().filter(view -> view.id().equals(id)).findFirst();
	}

	@Transactional
	SavedView save(AccessScope scope, String name, ConversationFilter filter, WorkFilter work) {
		MemberId member = owner(scope);
		String trimmed = name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 80) {
			throw new IllegalArgumentException("a view needs a name of 1 to 80 characters");
		}
		if (of(scope).size() >= MAX_VIEWS) {
			throw new IllegalArgumentException("you have " + MAX_VIEWS + " saved views already; delete one first");
		}
		var view = new SavedView(UUID.randomUUID(), trimmed, filter, work);
		int inserted = jdbc.sql("""
				insert into workspace_view (id, member_id, name, unit_id, channel_id, status, language, tag, assignee, sla,
				                            intent, sentiment)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (member_id, name) do nothing""")
			.params(view.id(), member.value(), trimmed, value(filter.unit()), value(filter.channel()),
					filter.status() == null ? null : filter.status().name(), filter.language(), work.tag(),
					work.assignee(), work.sla() == null ? null : work.sla().name(), work.intent(),
					work.sentiment() == null ? null : work.sentiment().name())
			.update();
		if (inserted == 0) {
			throw new IllegalArgumentException("you already have a view named " + trimmed);
		}
		audit.record(new AuditEntry(scope.actor(), "workspace.view-saved", filter.unit(), "workspace_view",
				view.id().toString(), null, Map.of("name", trimmed, "filter", filter.toString(), "work", work.toString())));
		return view;
	}

	@Transactional
	void delete(AccessScope scope, UUID id) {
		SavedView view = find(scope, id).orElseThrow(() -> new UnknownViewException(id));
		jdbc.sql("delete from workspace_view where id = ?").param(id).update();
		audit.record(new AuditEntry(scope.actor(), "workspace.view-deleted", view.filter().unit(), "workspace_view",
				id.toString(), Map.of("name", view.name()), null));
	}

	private static MemberId owner(AccessScope scope) {
		return scope.member().orElseThrow(() -> new NotAMemberException());
	}

	private static @Nullable UUID value(@Nullable Object id) {
		if (id instanceof UnitId unit) {
			return unit.value();
		}
		return id instanceof ChannelId channel ? channel.value() : null;
	}

	private static SavedView view(ResultSet rs) throws SQLException {
		UUID unit = rs.getObject(3, UUID.class);
		UUID channel = rs.getObject(4, UUID.class);
		String status = rs.getString(5);
		return new SavedView(rs.getObject(1, UUID.class), rs.getString(2),
				new ConversationFilter(unit == null ? null : new UnitId(unit), channel == null ? null : new ChannelId(channel),
						status == null ? null : ConversationStatus.valueOf(status), rs.getString(6)),
				WorkFilter.parse(rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)));
	}

	/** The view does not exist, or is someone else's. */
	static class UnknownViewException extends RuntimeException {

		UnknownViewException(UUID id) {
			super("no saved view " + id);
		}
	}

	/** The caller is no member (e.g. an integration), so has no views of their own. */
	static class NotAMemberException extends RuntimeException {

		NotAMemberException() {
			super("only members have saved views");
		}
	}
}
