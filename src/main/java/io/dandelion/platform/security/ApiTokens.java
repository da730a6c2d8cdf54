package io.dandelion.platform.security;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Grant;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.Role;
import io.dandelion.organisation.UnitId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Personal API tokens: each acts for its member with one role on one unit (and its subtree), never beyond what
 * the member holds at the time of the request. The secret is random (256 bits), shown once, and kept only as
 * its SHA-256 hash; a high-entropy secret needs no slow hash.
 */
@Component
class ApiTokens {

	static final String PREFIX = "dnd_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final MemberDirectory directory;
	private final AuditLog audit;

	ApiTokens(JdbcClient jdbc, MemberDirectory directory, AuditLog audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
	}

	/** Issues a token for the caller; the returned secret is never stored nor shown again. */
	@Transactional
	IssuedToken issue(AccessScope caller, String name, Role role, UnitId unit, @Nullable Instant expiresAt) {
		MemberId member = caller.member()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "only members hold API tokens"));
		if (caller instanceof TokenScope) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "an API token cannot issue tokens; sign in");
		}
		if (name.isBlank() || name.length() > 100) {
			throw new IllegalArgumentException("name must be 1 to 100 characters");
		}
		if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
			throw new IllegalArgumentException("expiresAt must lie in the future");
		}
		if (Arrays.stream(Permission.values()).noneMatch(permission -> caller.can(permission, unit))) {
			// a unit outside everything the caller holds is not theirs to know of
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unit not found");
		}
		for (Permission permission : role.permissions()) {
			if (!caller.can(permission, unit)) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN,
						"a token may only carry a role you hold on that unit (" + role + " needs " + permission + ")");
			}
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		int inserted = jdbc.sql("""
				insert into api_tokens (id, member_id, name, token_hash, role, unit_id, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (member_id, name) do nothing""")
			.params(id, member.value(), name.trim(), hash(secret), role.name(), unit.value(), now.atOffset(ZoneOffset.UTC),
					expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC))
			.update();
		if (inserted == 0) {
			throw new IllegalArgumentException("you already have a token named " + name.trim());
		}
		var summary = new TokenSummary(id, name.trim(), role, unit, now, expiresAt, null, null);
		audit.record(new AuditEntry(caller.actor(), "api-token.issued", unit, "api-token", id.toString(), null,
				summary.forAudit()));
		return new IssuedToken(summary, secret);
	}

	/** The caller's own tokens, newest first; secrets are not among them. */
	List<TokenSummary> of(AccessScope caller) {
		return caller.member()
			.map(member -> jdbc.sql("""
					select id, name, role, unit_id, created_at, expires_at, last_used_at, revoked_at
					from api_tokens where member_id = ? order by created_at desc""")
				.param(member.value())
				.query((rs, n) -> new TokenSummary(rs.getObject(1, UUID.class), rs.getString(2),
						Role.valueOf(rs.getString(3)), new UnitId(rs.getObject(4, UUID.class)), instant(rs.getObject(5, OffsetDateTime.class)),
						instant(rs.getObject(6, OffsetDateTime.class)), instant(rs.getObject(7, OffsetDateTime.class)),
						instant(rs.getObject(8, OffsetDateTime.class))))
				.list())
			.orElse(List.of());
	}

	/** Revokes one of the caller's tokens; another member's token is reported as not found. */
	@Transactional
	void revoke(AccessScope caller, UUID token) {
		MemberId member = caller.member()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no token " + token));
		var unit = jdbc.sql("""
				update api_tokens set revoked_at = now() where id = ? and member_id = ? and revoked_at is null
				returning unit_id""").params(token, member.value()).query(UUID.class).optional();
		if (unit.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no active token " + token);
		}
		audit.record(new AuditEntry(caller.actor(), "api-token.revoked", new UnitId(unit.get()), "api-token",
				token.toString(), null, null));
	}

	/** The scope a presented secret gives, if it names a live token of an enabled member. */
	Optional<AccessScope> authenticate(String secret) {
		if (!secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		record Live(UUID id, UUID member, String name, Role role, UnitId unit) {
		}
		return jdbc.sql("""
				update api_tokens set last_used_at = now()
				where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())
				returning id, member_id, name, role, unit_id""")
			.param(hash(secret))
			.query((rs, n) -> new Live(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					Role.valueOf(rs.getString(4)), new UnitId(rs.getObject(5, UUID.class))))
			.optional()
			.flatMap(live -> {
				AccessScope member = directory.scopeOf(new MemberId(live.member()));
				if (member.member().isEmpty()) {
					return Optional.empty(); // disabled or removed
				}
				String actor = member.actor() + " (token " + live.name() + ")";
				return Optional.of(new TokenScope(member, directory.scopeFor(actor, List.of(new Grant(live.role(), live.unit()))),
						actor));
			});
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime provides SHA-256", e);
		}
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	/** A token as its owner sees it: never its secret. */
	record TokenSummary(UUID id, String name, Role role, UnitId unit, Instant createdAt, @Nullable Instant expiresAt,
			@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

		java.util.Map<String, Object> forAudit() {
			var values = new LinkedHashMap<String, Object>();
			values.put("name", name);
			values.put("role", role.name());
			values.put("unit", unit.toString());
			values.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
			return values;
		}
	}

	/** A token just issued, with its secret: the only moment the secret exists outside the caller's hands. */
	record IssuedToken(TokenSummary token, String secret) {

		@Override
		public String toString() {
			return "IssuedToken[" + token.id() + "]";
		}
	}
}
