package io.dandelion.channels.internal;

import static io.dandelion.organisation.Permission.CHANNELS_MANAGE;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelLendingChanged;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connects, changes, lends and deletes channels within the caller's scope; every change is audited in
 * its own transaction. Audit entries name the credentials that changed, never their values.
 */
@Service
@Transactional
public class ChannelAdministration {

	private final JdbcClient jdbc;
	private final ChannelDirectory channels;
	private final CredentialVault vault;
	private final Teams teams;
	private final Units units;
	private final AuditLog audit;
	private final ChannelTokens tokens;
	private final ApplicationEventPublisher events;

	ChannelAdministration(JdbcClient jdbc, ChannelDirectory channels, CredentialVault vault, Teams teams, Units units,
			AuditLog audit, ChannelTokens tokens, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.vault = vault;
		this.teams = teams;
		this.units = units;
		this.audit = audit;
		this.tokens = tokens;
		this.events = events;
	}

	/** What is needed to connect an account. */
	public record NewChannel(UnitId unit, TeamId ownerTeam, String platform, String handle, @Nullable String externalId,
			Map<String, String> credentials) {

		@Override
		public String toString() {
			return "NewChannel[" + platform + " " + handle + " on " + unit + ", credentials " + credentials.keySet() + "]";
		}
	}

	/** Changes to a channel; null fields stay as they are, a credential mapped to null is removed. */
	public record ChannelChanges(@Nullable String handle, @Nullable String externalId, @Nullable ChannelStatus status,
			Map<String, ? extends @Nullable String> credentials) {

		@Override
		public String toString() {
			return "ChannelChanges[" + handle + ", " + status + ", credentials " + credentials.keySet() + "]";
		}
	}

	public ChannelId create(AccessScope scope, NewChannel draft) {
		if (!scope.can(CHANNELS_MANAGE, draft.unit())) {
			throw new ChannelNotFoundException("unit " + draft.unit() + " not found");
		}
		TeamSummary owner = teams.find(draft.ownerTeam())
			.filter(team -> team.unit().equals(draft.unit()))
			.orElseThrow(() -> new IllegalArgumentException("the owning team must be a team of the channel's unit"));
		String platform = Platforms.require(draft.platform());
		String handle = requireHandle(draft.handle());
		requireFreeHandle(draft.unit(), platform, handle, null);
		CredentialRules.require(draft.credentials());
		ChannelTokens.expiry(draft.credentials().get(ChannelTokens.EXPIRES));
		ChannelId id = ChannelId.random();
		jdbc.sql("""
				insert into channel (id, unit_id, owner_team_id, platform, handle, external_id)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id.value(), draft.unit().value(), owner.id().value(), platform, handle, blankToNull(draft.externalId()))
			.update();
		vault.store(id, draft.credentials());
		tokens.recordExpiry(id, draft.credentials());
		record(scope, "channel.created", draft.unit(), id, null,
				state("platform", platform, "handle", handle, "ownerTeam", owner.id().toString(), "credentials",
						new TreeSet<>(draft.credentials().keySet())));
		return id;
	}

	public void update(AccessScope scope, ChannelId id, ChannelChanges changes) {
		Channel before = ChannelAccess.managed(scope, id, channels.details(id));
		String handle = changes.handle() == null ? before.handle() : requireHandle(changes.handle());
		requireFreeHandle(before.unit(), before.platform(), handle, id);
		if (changes.status() == ChannelStatus.DELETED) {
			throw new IllegalArgumentException("status is ACTIVE or PAUSED; delete a channel with DELETE");
		}
		ChannelStatus status = changes.status() == null ? before.status() : changes.status();
		String externalId = changes.externalId() == null ? before.externalId() : blankToNull(changes.externalId());
		CredentialRules.requireChanges(changes.credentials());
		ChannelTokens.expiry(changes.credentials().get(ChannelTokens.EXPIRES));
		jdbc.sql("update channel set handle = ?, external_id = ?, status = ?, updated_at = now() where id = ?")
			.params(handle, externalId, status.name(), id.value())
			.update();
		vault.store(id, changes.credentials());
		tokens.recordExpiry(id, changes.credentials());
		record(scope, "channel.updated", before.unit(), id,
				state("handle", before.handle(), "externalId", before.externalId(), "status", before.status().name()),
				state("handle", handle, "externalId", externalId, "status", status.name(), "credentialsChanged",
						new TreeSet<>(changes.credentials().keySet())));
	}

	/** Deletes the account's connection: its credentials are destroyed; its conversations stay. */
	public void delete(AccessScope scope, ChannelId id) {
		Channel before = ChannelAccess.managed(scope, id, channels.details(id));
		jdbc.sql("""
				update channel set status = 'DELETED', acting_team_id = null, lent_at = null, lent_by = null,
				  lend_reason = null, lease_owner = null, lease_until = null, updated_at = now() where id = ?""")
			.param(id.value())
			.update();
		vault.removeAll(id);
		record(scope, "channel.deleted", before.unit(), id,
				state("platform", before.platform(), "handle", before.handle(), "status", before.status().name()), null);
	}

	/**
	 * Lends the account to {@code team}, which then acts for it until it is handed back. The team sits on
	 * the channel's unit, above it or below it (a hub team taking over a country's account in an incident).
	 */
	public void lend(AccessScope scope, ChannelId id, TeamId team, @Nullable String reason) {
		Channel before = ChannelAccess.managed(scope, id, channels.details(id));
		TeamSummary borrower = teams.find(team)
			.filter(t -> onTheLineOf(before.unit(), t.unit()))
			.orElseThrow(() -> new IllegalArgumentException(
					"the team must exist and sit on the channel's unit, one above it or one below it"));
		if (borrower.id().equals(before.actingTeam())) {
			throw new IllegalArgumentException("this team already acts for the channel");
		}
		String why = blankToNull(reason);
		if (why != null && why.length() > 500) {
			throw new IllegalArgumentException("a reason is at most 500 characters");
		}
		jdbc.sql("""
				update channel set acting_team_id = ?, lent_at = now(), lent_by = ?, lend_reason = ?, updated_at = now()
				where id = ?""")
			.params(borrower.id().value(), scope.actor(), why, id.value())
			.update();
		record(scope, "channel.lent", before.unit(), id, state("actingTeam", before.actingTeam().toString()),
				state("actingTeam", borrower.id().toString(), "reason", why));
		events.publishEvent(new ChannelLendingChanged(id, before.unit(), borrower.id()));
	}

	/** Hands the account back to its owner; the channel's managers or those of the borrowing team may. */
	public void handBack(AccessScope scope, ChannelId id) {
		Channel before = ChannelAccess.visible(scope, id, channels.details(id));
		Channel.Loan loan = before.loan();
		if (loan == null) {
			throw new IllegalArgumentException("the channel is not lent; its owner acts for it");
		}
		boolean borrowerManager = teams.find(loan.team()).map(t -> scope.can(CHANNELS_MANAGE, t.unit())).orElse(false);
		if (!borrowerManager) {
			ChannelAccess.managed(scope, id, java.util.Optional.of(before));
		}
		jdbc.sql("""
				update channel set acting_team_id = null, lent_at = null, lent_by = null, lend_reason = null,
				  updated_at = now() where id = ?""")
			.param(id.value())
			.update();
		record(scope, "channel.handed-back", before.unit(), id, state("actingTeam", loan.team().toString()),
				state("actingTeam", before.ownerTeam().toString()));
		events.publishEvent(new ChannelLendingChanged(id, before.unit(), null));
	}

	/** Re-encrypts every credential with the newest key (hub admins, or the system at start). */
	public int rotateKeys(AccessScope scope) {
		if (!scope.isHubAdmin()) {
			throw new ChannelForbiddenException("only hub admins rotate the credential keys");
		}
		int rotated = vault.rotate();
		if (rotated > 0) {
			audit.record(new AuditEntry(scope.actor(), "channel.credentials-rotated", null, "channel-credentials",
					"all", null, state("reencrypted", rotated)));
		}
		return rotated;
	}

	private boolean onTheLineOf(UnitId channelUnit, UnitId teamUnit) {
		Set<UnitId> line = new HashSet<>(units.subtreeIds(channelUnit));
		units.path(channelUnit).stream().map(UnitSummary::id).forEach(line::add);
		line.add(channelUnit);
		return line.contains(teamUnit);
	}

	private void requireFreeHandle(UnitId unit, String platform, String handle, @Nullable ChannelId except) {
		boolean taken = jdbc.sql("""
				select count(*) from channel where unit_id = ? and platform = ? and lower(handle) = lower(?)
				and status <> 'DELETED' and id <> ?""")
			.params(unit.value(), platform, handle, except == null ? new java.util.UUID(0, 0) : except.value())
			.query(Integer.class)
			.single() > 0;
		if (taken) {
			throw new IllegalArgumentException("this unit already has a " + platform + " channel '" + handle + "'");
		}
	}

	private void record(AccessScope scope, String action, UnitId unit, ChannelId id, @Nullable Object before,
			@Nullable Object after) {
		audit.record(new AuditEntry(scope.actor(), action, unit, "channel", id.toString(), before, after));
	}

	private static String requireHandle(String handle) {
		String trimmed = handle == null ? "" : handle.trim();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw new IllegalArgumentException("a handle is 1 to 200 characters");
		}
		return trimmed;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** A JSON-ready state for the audit trail; null values are kept (Map.of refuses them). */
	private static Map<String, @Nullable Object> state(@Nullable Object... pairs) {
		Map<String, @Nullable Object> state = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			state.put(String.valueOf(pairs[i]), pairs[i + 1]);
		}
		return state;
	}
}
