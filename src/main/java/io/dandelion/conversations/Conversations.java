package io.dandelion.conversations;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.InboundItem;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads conversations for a caller: only those of the units where the caller may read conversations,
 * for agency staff only the languages and platforms of their contract, with personal data masked
 * when their contract says so. A conversation outside the scope is indistinguishable from a missing one.
 */
@Component
public class Conversations {

	public static final int MAX_PAGE_SIZE = 200;

	private static final String SUMMARY = """
			select c.id, c.channel_id, c.unit_id, c.platform, c.kind, c.status, c.language, c.root_external_id,
			       c.started_at, c.last_message_at, c.message_count, m.body, ct.display_name, ct.handle
			from conversation c
			left join lateral (select body, contact_id from message where conversation_id = c.id
			                   order by created_at desc, id desc limit 1) m on true
			left join contact ct on ct.id = m.contact_id
			""";

	private final JdbcClient jdbc;

	Conversations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page (from 0) of the caller's conversations matching the filter, latest activity first. */
	public ConversationPage page(AccessScope scope, ConversationFilter filter, int page, int size) {
		return page(scope, filter, null, page, size);
	}

	/**
	 * A page of the caller's conversations matching the filter and, unless {@code among} is null, only among
	 * those ids (what another module selected, e.g. the conversations someone holds), latest activity first.
	 */
	public ConversationPage page(AccessScope scope, ConversationFilter filter, @Nullable Collection<ConversationId> among,
			int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
		}
		var where = Where.scopedTo(scope);
		where.and(filter.unit(), "c.unit_id = ?::uuid");
		where.and(filter.channel(), "c.channel_id = ?::uuid");
		where.and(filter.status(), "c.status = ?");
		where.and(filter.language(), "c.language = ?");
		where.among(among);
		List<ConversationSummary> rows = jdbc
			.sql(SUMMARY + where.sql() + " order by c.last_message_at desc, c.id desc limit ? offset ?")
			.params(where.params(size + 1, (long) page * size))
			.query((rs, n) -> summary(rs, scope))
			.list();
		return new ConversationPage(rows.subList(0, Math.min(size, rows.size())), page, size, rows.size() > size);
	}

	/**
	 * Counts of the caller's conversations matching {@code filter} by status, language, channel and unit,
	 * in one query. The status filter is left out, so that an inbox can show every status's count at once.
	 */
	public ConversationFacets facets(AccessScope scope, ConversationFilter filter) {
		return facets(scope, filter, null);
	}

	/** The counts of {@link #facets(AccessScope, ConversationFilter)}, only among {@code among} unless it is null. */
	public ConversationFacets facets(AccessScope scope, ConversationFilter filter,
			@Nullable Collection<ConversationId> among) {
		var where = Where.scopedTo(scope);
		where.among(among);
		where.and(filter.unit(), "c.unit_id = ?::uuid");
		where.and(filter.channel(), "c.channel_id = ?::uuid");
		where.and(filter.language(), "c.language = ?");
		Map<ConversationStatus, Integer> byStatus = new EnumMap<>(ConversationStatus.class);
		Map<String, Integer> byLanguage = new HashMap<>();
		Map<ChannelId, Integer> byChannel = new HashMap<>();
		Map<UnitId, Integer> byUnit = new HashMap<>();
		jdbc.sql("""
				select grouping(c.status), grouping(c.language), grouping(c.channel_id), c.status, c.language,
				       c.channel_id, c.unit_id, count(*)
				from conversation c""" + where.sql() + """

				group by grouping sets ((c.status), (c.language), (c.channel_id), (c.unit_id))""")
			.params(where.params())
			.query(rs -> {
				int count = rs.getInt(8);
				if (rs.getInt(1) == 0) {
					byStatus.put(ConversationStatus.valueOf(rs.getString(4)), count);
				}
				else if (rs.getInt(2) == 0) {
					String language = rs.getString(5);
					byLanguage.put(language == null ? ConversationFacets.UNDETERMINED : language, count);
				}
				else if (rs.getInt(3) == 0) {
					byChannel.put(new ChannelId(rs.getObject(6, UUID.class)), count);
				}
				else {
					byUnit.put(new UnitId(rs.getObject(7, UUID.class)), count);
				}
			});
		int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
		return new ConversationFacets(total, byStatus, byLanguage, byChannel, byUnit);
	}

	/** The summaries of those of {@code ids} the caller may read, in no particular order. */
	public List<ConversationSummary> summaries(AccessScope scope, Collection<ConversationId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var where = Where.scopedTo(scope);
		where.among(ids);
		return jdbc.sql(SUMMARY + where.sql()).params(where.params()).query((rs, n) -> summary(rs, scope)).list();
	}

	/** The caller's conversation with all its messages in thread order, or empty when it is not theirs to read. */
	public Optional<ConversationThread> thread(AccessScope scope, ConversationId id) {
		var where = Where.scopedTo(scope);
		where.and(id, "c.id = ?::uuid");
		return jdbc.sql(SUMMARY + where.sql())
			.params(where.params())
			.query((rs, n) -> summary(rs, scope))
			.optional()
			.map(conversation -> new ConversationThread(conversation, messages(id, scope)));
	}

	/**
	 * The customer behind {@code contact} across channels: their identities and up to {@code limit} of their
	 * conversations (latest first), both limited to what the caller may read.
	 */
	public CustomerHistory customer(AccessScope scope, ContactId contact, int limit) {
		var where = Where.scopedTo(scope);
		String sameCustomer = """
				ct2.id = ?::uuid or ct2.customer_id = (select customer_id from contact where id = ?::uuid)""";
		List<ConversationSummary> history = jdbc.sql(SUMMARY + where.sql() + """
				 and c.id in (select m2.conversation_id from message m2 join contact ct2 on ct2.id = m2.contact_id
				              where\s""" + sameCustomer + ") order by c.last_message_at desc, c.id desc limit ?")
			.params(where.params(contact.toString(), contact.toString(), limit))
			.query((rs, n) -> summary(rs, scope))
			.list();
		UUID[] conversations = history.stream().map(c -> c.id().value()).toArray(UUID[]::new);
		List<ConversationThread.Contact> identities = jdbc.sql("""
				select ct2.id, ct2.platform, ct2.handle, ct2.display_name, ct2.customer_id from contact ct2
				where (""" + sameCustomer + """
				) and exists (select 1 from message m where m.contact_id = ct2.id and m.conversation_id = any(?))
				order by ct2.platform, ct2.first_seen_at""")
			.params(contact.toString(), contact.toString(), conversations)
			.query((rs, n) -> contact(rs, 1))
			.list();
		return new CustomerHistory(scope.masksPersonalData()
				? identities.stream().map(ConversationThread.Contact::masked).toList() : identities, history);
	}

	private List<ConversationThread.Entry> messages(ConversationId id, AccessScope scope) {
		List<ConversationThread.Entry> byTime = jdbc.sql("""
				select m.id, m.external_id, m.parent_external_id, m.direction, m.kind, m.body, m.created_at,
				       m.received_at, m.attachments::text, ct.id, ct.platform, ct.handle, ct.display_name, ct.customer_id
				from message m join contact ct on ct.id = m.contact_id
				where m.conversation_id = ? order by m.created_at, m.id""")
			.param(id.value())
			.query((rs, n) -> entry(rs))
			.list();
		var ordered = ThreadOrder.of(byTime);
		return scope.masksPersonalData() ? ordered.stream().map(ConversationThread.Entry::masked).toList() : ordered;
	}

	private static ConversationSummary summary(ResultSet rs, AccessScope scope) throws SQLException {
		String name = rs.getString(13) != null ? rs.getString(13) : rs.getString(14);
		var summary = new ConversationSummary(new ConversationId(rs.getObject(1, UUID.class)),
				new ChannelId(rs.getObject(2, UUID.class)), new UnitId(rs.getObject(3, UUID.class)), rs.getString(4),
				ConversationKind.valueOf(rs.getString(5)), ConversationStatus.valueOf(rs.getString(6)), rs.getString(7),
				rs.getString(8), instant(rs, 9), instant(rs, 10), rs.getInt(11), rs.getString(12), name);
		return scope.masksPersonalData() ? summary.masked() : summary;
	}

	private static ConversationThread.Entry entry(ResultSet rs) throws SQLException {
		var author = contact(rs, 10);
		return new ConversationThread.Entry(new MessageId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
				0, InboundItem.Direction.valueOf(rs.getString(4)), InboundItem.Kind.valueOf(rs.getString(5)), author,
				rs.getString(6), instant(rs, 7), instant(rs, 8), rs.getString(9));
	}

	private static ConversationThread.Contact contact(ResultSet rs, int first) throws SQLException {
		UUID customer = rs.getObject(first + 4, UUID.class);
		return new ConversationThread.Contact(new ContactId(rs.getObject(first, UUID.class)), rs.getString(first + 1),
				rs.getString(first + 2), rs.getString(first + 3), customer == null ? null : new CustomerId(customer));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	/** A where clause that starts from the caller's scope, so no query can forget it. */
	private static final class Where {

		private final StringBuilder sql = new StringBuilder(" where c.unit_id = any(?::uuid[])");
		private final List<Object> params = new ArrayList<>();

		static Where scopedTo(AccessScope scope) {
			var where = new Where();
			where.params.add(texts(scope.units(Permission.CONVERSATIONS_READ)));
			scope.contract().ifPresent(contract -> {
				if (!contract.languages().isEmpty()) {
					where.sql.append(" and c.language = any(?::text[])");
					where.params.add(texts(contract.languages()));
				}
				if (!contract.platforms().isEmpty()) {
					where.sql.append(" and c.platform = any(?::text[])");
					where.params.add(texts(contract.platforms()));
				}
			});
			return where;
		}

		void and(@Nullable Object value, String condition) {
			if (value != null) {
				sql.append(" and ").append(condition);
				params.add(value instanceof Enum<?> e ? e.name() : value.toString());
			}
		}

		void among(@Nullable Collection<ConversationId> ids) {
			if (ids != null) {
				sql.append(" and c.id = any(?::uuid[])");
				params.add(texts(ids));
			}
		}

		String sql() {
			return sql.toString();
		}

		List<Object> params(Object... more) {
			var all = new ArrayList<>(params);
			all.addAll(List.of(more));
			return all;
		}

		private static String[] texts(Collection<?> values) {
			return values.stream().map(Object::toString).toArray(String[]::new);
		}
	}
}
