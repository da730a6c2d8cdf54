package io.dandelion.workspace.conversation;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.ConversationSummary;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberAccount;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.workspace.live.LiveChange;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal notes on a conversation, for colleagues only. An {@code @username} in a note notifies that
 * member, live and in their mentions, if they may read the conversation; nobody else is told of it.
 */
@Component
class Notes {

	private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([a-z0-9][a-z0-9._-]{0,62}[a-z0-9])");

	private final Work work;
	private final JdbcClient jdbc;
	private final MemberDirectory members;
	private final AuditLog audit;

	Notes(Work work, JdbcClient jdbc, MemberDirectory members, AuditLog audit) {
		this.work = work;
		this.jdbc = jdbc;
		this.members = members;
		this.audit = audit;
	}

	List<Note> of(ConversationId id) {
		return jdbc.sql("""
				select id, author, body, created_at, text_key, text_args from workspace_note
				where conversation_id = ? order by created_at, id""")
			.param(id.value())
			.query((rs, n) -> new Note(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), strings(rs.getArray(6))))
			.list();
	}

	/** Adds a note and returns the usernames it notified. */
	@Transactional
	List<String> add(AccessScope scope, ConversationId id, String body) {
		String text = body.strip();
		if (text.isEmpty() || text.length() > 5000) {
			throw new IllegalArgumentException("a note has 1 to 5000 characters");
		}
		var conversation = work.workable(scope, id).conversation();
		UUID note = UUID.randomUUID();
		jdbc.sql("insert into workspace_note (id, conversation_id, unit_id, author, body) values (?, ?, ?, ?, ?)")
			.params(note, id.value(), conversation.unit().value(), scope.actor(), text)
			.update();
		Map<String, MemberId> notified = new LinkedHashMap<>();
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			members.findByUsername(matcher.group(1))
				.filter(MemberAccount::enabled)
				.filter(member -> members.scopeOf(member.id()).can(Permission.CONVERSATIONS_READ, conversation.unit()))
				.ifPresent(member -> notified.put(member.username(), member.id()));
		}
		notified.values().forEach(member -> {
			jdbc.sql("insert into workspace_mention (note_id, member_id, conversation_id) values (?, ?, ?)")
				.params(note, member.value(), id.value())
				.update();
			work.announce(conversation, LiveChange.Kind.MENTION, member.toString());
		});
		audit.record(new AuditEntry(scope.actor(), "conversation.noted", conversation.unit(), "conversation",
				id.toString(), null, Map.of("note", note.toString(), "mentions", List.copyOf(notified.keySet()))));
		work.announce(conversation);
		return List.copyOf(notified.keySet());
	}

	/**
	 * A note written by Dandelion itself (author {@code system}) that notifies {@code to} as a mention would, live
	 * and in their mentions; the caller has checked that they may read the conversation.
	 */
	@Transactional
	void addFromSystem(ConversationSummary conversation, SystemText text, Collection<MemberId> to) {
		UUID note = UUID.randomUUID();
		String body = text.english();
		jdbc.sql("""
				insert into workspace_note (id, conversation_id, unit_id, author, body, text_key, text_args)
				values (?, ?, ?, 'system', ?, ?, ?)""")
			.params(note, conversation.id().value(), conversation.unit().value(), body, text.key(),
					text.args().toArray(String[]::new))
			.update();
		List<MemberId> notified = to.stream().distinct().toList();
		notified.forEach(member -> {
			jdbc.sql("insert into workspace_mention (note_id, member_id, conversation_id) values (?, ?, ?)")
				.params(note, member.value(), conversation.id().value())
				.update();
			work.announce(conversation, LiveChange.Kind.MENTION, member.toString());
		});
		audit.record(new AuditEntry("system", "conversation.noted", conversation.unit(), "conversation",
				conversation.id().toString(), null, Map.of("note", note.toString(), "body", body, "notified",
						notified.stream().map(MemberId::toString).toList())));
		work.announce(conversation);
	}

	/** The notes that named the member, newest first. */
	List<Mention> mentionsOf(MemberId member, int limit) {
		return jdbc.sql("""
				select n.id, n.conversation_id, n.author, n.body, n.created_at, m.seen_at is not null, n.text_key, n.text_args
				from workspace_mention m join workspace_note n on n.id = m.note_id
				where m.member_id = ? order by n.created_at desc limit ?""")
			.params(member.value(), limit)
			.query((rs, n) -> new Mention(rs.getObject(1, UUID.class), new ConversationId(rs.getObject(2, UUID.class)),
					rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getBoolean(6),
					rs.getString(7), strings(rs.getArray(8))))
			.list();
	}

	int unseen(MemberId member) {
		return jdbc.sql("select count(*) from workspace_mention where member_id = ? and seen_at is null")
			.param(member.value())
			.query(Integer.class)
			.single();
	}

	void seen(MemberId member, ConversationId conversation) {
		jdbc.sql("update workspace_mention set seen_at = now() where member_id = ? and conversation_id = ? and seen_at is null")
			.params(member.value(), conversation.value())
			.update();
	}

	/** The text of a note Dandelion writes: a message key of the workspace's bundles, its arguments, and its English. */
	record SystemText(String key, List<String> args, String english) {

		SystemText {
			args = List.copyOf(args);
		}
	}

	private static List<String> strings(java.sql.@Nullable Array array) throws java.sql.SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
