package io.dandelion.platform.security;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username for a while after too many consecutive failed password sign-ins, whether or not a member
 * of that name exists (so the lock tells nobody which names are real). A successful sign-in clears the count;
 * so does the lock running out, for one more series of attempts. Each lock is recorded in the audit trail.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final int maxFailures;
	private final Duration lockFor;

	SignInThrottle(JdbcClient jdbc, AuditLog audit,
			@Value("${dandelion.security.lockout.max-failures:5}") int maxFailures,
			@Value("${dandelion.security.lockout.duration:PT15M}") Duration lockFor) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.maxFailures = maxFailures;
		this.lockFor = lockFor;
	}

	/** Refuses a sign-in attempt for a username that is locked now; checked before the password is. */
	void checkNotLocked(String username) {
		var lockedUntil = jdbc.sql("select locked_until from sign_in_failures where username = ? and locked_until > now()")
			.param(key(username))
			.query(OffsetDateTime.class)
			.optional();
		if (lockedUntil.isPresent()) {
			throw new LockedException("too many failed sign-ins; try again later");
		}
	}

	@EventListener
	@Transactional
	void on(AuthenticationFailureBadCredentialsEvent failure) {
		if (!(failure.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		String username = key(failure.getAuthentication().getName());
		int failures = jdbc.sql("""
				insert into sign_in_failures (username, failures, last_failure_at) values (?, 1, now())
				on conflict (username) do update set
				    failures = case when sign_in_failures.locked_until <= now() then 1 else sign_in_failures.failures + 1 end,
				    locked_until = case when sign_in_failures.locked_until <= now() then null else sign_in_failures.locked_until end,
				    last_failure_at = now()
				returning failures""").param(username).query(Integer.class).single();
		if (failures == maxFailures) {
			Instant until = Instant.now().plus(lockFor);
			jdbc.sql("update sign_in_failures set locked_until = ? where username = ?")
				.params(until.atOffset(ZoneOffset.UTC), username)
				.update();
			audit.record(new AuditEntry("system", "sign-in.locked", null, "username", username, null,
					Map.of("failures", failures, "lockedUntil", until.toString())));
		}
	}

	@EventListener
	void on(AuthenticationSuccessEvent success) {
		if (success.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			jdbc.sql("delete from sign_in_failures where username = ?").param(key(success.getAuthentication().getName())).update();
		}
	}

	private static String key(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}
}
