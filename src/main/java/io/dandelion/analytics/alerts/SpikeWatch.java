package io.dandelion.analytics.alerts;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.Units;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every rule once a minute, on one node at a time: counts what the rule counts in its window over its
 * unit's subtree and raises an alert when the threshold is reached, at most once per window (audited, shown in
 * the app, and e-mailed when a mail server is configured with {@code spring.mail.host}).
 */
@Component
public class SpikeWatch {

	private static final Logger log = LoggerFactory.getLogger(SpikeWatch.class);

	private final JdbcClient jdbc;
	private final AlertRules rules;
	private final Units units;
	private final AuditLog audit;
	private final ObjectProvider<JavaMailSender> mail;
	private final String from;
	private final Clock clock = Clock.systemUTC();

	SpikeWatch(JdbcClient jdbc, AlertRules rules, Units units, AuditLog audit, ObjectProvider<JavaMailSender> mail,
			@Value("${dandelion.alerts.from:dandelion@localhost}") String from) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.units = units;
		this.audit = audit;
		this.mail = mail;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${dandelion.alerts.check-every:PT1M}",
			initialDelayString = "${dandelion.alerts.first-check-after:PT1M}")
	void scheduled() {
		check(clock.instant());
	}

	/** One check at {@code now}; returns the alerts it raised. */
	@Transactional
	public List<Alert> check(Instant now) {
		boolean ours = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('dandelion.analytics.spike-watch'))")
			.query(Boolean.class)
			.single();
		if (!ours) {
			return List.of();
		}
		List<Alert> raised = new ArrayList<>();
		for (AlertRule rule : rules.all()) {
			Instant since = now.minus(Duration.ofMinutes(rule.windowMinutes()));
			long observed = count(rule, since);
			if (observed >= rule.threshold() && !raisedSince(rule, since)) {
				raised.add(raise(rule, now, observed));
			}
		}
		return raised;
	}

	private long count(AlertRule rule, Instant since) {
		var time = since.atOffset(ZoneOffset.UTC);
		if (rule.kind() == AlertRule.Kind.KEYWORD) {
			return jdbc.sql("select count(*) from analytics_keyword_hit where rule_id = ? and at >= ?")
				.params(rule.id(), time)
				.query(Long.class)
				.single();
		}
		Set<UnitId> subtree = new HashSet<>(units.subtreeIds(rule.unit()));
		subtree.add(rule.unit());
		return jdbc.sql("select count(*) from analytics_message where unit_id = any(?::uuid[]) and direction = 'INBOUND' "
				+ "and created_at >= ?" + (rule.kind() == AlertRule.Kind.NEGATIVE ? " and sentiment = 'negative'" : ""))
			.params(subtree.stream().map(UnitId::toString).toArray(String[]::new), time)
			.query(Long.class)
			.single();
	}

	private boolean raisedSince(AlertRule rule, Instant since) {
		return jdbc.sql("select exists (select 1 from analytics_alert where rule_id = ? and fired_at >= ?)")
			.params(rule.id(), since.atOffset(ZoneOffset.UTC))
			.query(Boolean.class)
			.single();
	}

	private Alert raise(AlertRule rule, Instant now, long observed) {
		boolean emailed = rule.email() != null && email(rule, observed);
		var alert = new Alert(UUID.randomUUID(), rule, now, observed, emailed);
		jdbc.sql("""
				insert into analytics_alert (id, rule_id, unit_id, fired_at, observed, threshold, emailed)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(alert.id(), rule.id(), rule.unit().value(), now.atOffset(ZoneOffset.UTC), observed, rule.threshold(),
					emailed)
			.update();
		audit.record(new AuditEntry("system", "analytics.alert-raised", rule.unit(), "alert-rule", rule.id().toString(),
				null, Map.of("kind", rule.kind().name(), "observed", observed, "threshold", rule.threshold(), "emailed",
						emailed)));
		return alert;
	}

	private boolean email(AlertRule rule, long observed) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return false;
		}
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(rule.email());
		message.setSubject("Dandelion alert: " + describe(rule));
		message.setText(observed + " " + describe(rule) + " in the last " + rule.windowMinutes()
				+ " minutes (threshold " + rule.threshold() + ") in unit "
				+ units.find(rule.unit()).map(u -> u.name()).orElse(rule.unit().toString()) + ".");
		try {
			sender.send(message);
			return true;
		}
		catch (MailException e) {
			log.warn("alert {} could not be e-mailed: {}", rule.id(), e.getMessage());
			return false;
		}
	}

	static String describe(AlertRule rule) {
		return switch (rule.kind()) {
			case VOLUME -> "customer messages";
			case NEGATIVE -> "negative customer messages";
			case KEYWORD -> "customer messages containing \"" + rule.keyword() + "\"";
		};
	}
}
