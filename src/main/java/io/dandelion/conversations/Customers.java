package io.dandelion.conversations;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a person's identities on several platforms into one customer. Linking two contacts that
 * already belong to different customers merges those customers. A caller may link only contacts who
 * wrote in conversations of units where the caller works conversations.
 */
@Component
public class Customers {

	private final JdbcClient jdbc;
	private final AuditLog audit;

	Customers(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Makes {@code first} and {@code second} the same customer and returns that customer. */
	@Transactional
	public CustomerId link(AccessScope scope, ContactId first, ContactId second) {
		if (first.equals(second)) {
			throw new IllegalArgumentException("a contact cannot be linked to itself");
		}
		UnitId unit = workableUnit(scope, first);
		workableUnit(scope, second);
		Map<UUID, UUID> customers = new java.util.HashMap<>();
		jdbc.sql("select id, customer_id from contact where id = any(?) order by id for update")
			.param(new UUID[] { first.value(), second.value() })
			.query(rs -> {
				customers.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
			});
		UUID kept = customers.get(first.value()) != null ? customers.get(first.value()) : customers.get(second.value());
		UUID merged = customers.get(first.value()) != null ? customers.get(second.value()) : null;
		if (kept == null) {
			kept = UUID.randomUUID();
			jdbc.sql("insert into customer (id) values (?)").param(kept).update();
		}
		jdbc.sql("update contact set customer_id = ? where id = any(?)")
			.params(kept, new UUID[] { first.value(), second.value() })
			.update();
		if (merged != null && !merged.equals(kept)) {
			jdbc.sql("update contact set customer_id = ? where customer_id = ?").params(kept, merged).update();
			jdbc.sql("delete from customer where id = ?").param(merged).update();
		}
		audit.record(new AuditEntry(scope.actor(), "contact.linked", unit, "customer", kept.toString(),
				Map.of("contacts", List.of(first.toString(), second.toString()), "customers",
						customers.values().stream().filter(java.util.Objects::nonNull).map(UUID::toString).toList()),
				Map.of("customer", kept.toString())));
		return new CustomerId(kept);
	}

	/** A unit where the contact wrote and the caller works conversations; else the contact reads as unknown. */
	private UnitId workableUnit(AccessScope scope, ContactId contact) {
		UUID[] units = scope.units(Permission.CONVERSATIONS_WORK).stream().map(UnitId::value).toArray(UUID[]::new);
		return jdbc.sql("""
				select c.unit_id from message m join conversation c on c.id = m.conversation_id
				where m.contact_id = ? and c.unit_id = any(?) limit 1""")
			.params(contact.value(), units)
			.query((rs, n) -> new UnitId(rs.getObject(1, UUID.class)))
			.optional()
			.orElseThrow(() -> new UnknownContactException(contact));
	}

	/** The contact does not exist, or not for this caller. */
	public static class UnknownContactException extends RuntimeException {

		UnknownContactException(ContactId contact) {
			super("no contact " + contact);
		}
	}
}
