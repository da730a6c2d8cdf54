package io.dandelion.organisation;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes members. A member is administered from their home unit, and only by someone who
 * holds at least every role the member holds: a unit admin cannot reset a hub admin's password.
 */
@Service
@Transactional
class MemberAdministration {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final JdbcMembers members;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;

	MemberAdministration(JdbcClient jdbc, JdbcMembers members, PasswordEncoder passwords, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.members = members;
		this.passwords = passwords;
		this.events = events;
	}

	MemberId create(AccessScope scope, MemberDraft draft) {
		Guard.manages(scope, draft.homeUnit(), "home unit");
		if (members.findByUsername(draft.username()).isPresent()) {
			throw new IllegalArgumentException("the username '" + draft.username() + "' is taken");
		}
		requireFreeEmail(draft.email(), null);
		MemberId id = MemberId.random();
		jdbc.sql("""
				insert into members (id, username, email, display_name, password_hash, enabled, home_unit_id)
				values (?, ?, ?, ?, ?, true, ?)""")
			.params(id.value(), draft.username(), draft.email(), draft.displayName(),
					draft.password() == null ? null : passwords.encode(draft.password()), draft.homeUnit().value())
			.update();
		writeLanguages(id, draft.languages());
		events.publishEvent(new OrganisationChanged(scope.actor(), "member.created", draft.homeUnit(), "member", id.toString(), null,
				members.find(id).orElseThrow()));
		return id;
	}

	/** Changes display name, e-mail and home unit. */
	void update(AccessScope scope, MemberId member, String displayName, @Nullable String email, UnitId homeUnit) {
		MemberSummary before = administrable(scope, member);
		Guard.manages(scope, homeUnit, "home unit");
		String name = UnitDraft.requireName(displayName);
		String mail = MemberDraft.requireEmail(email);
		requireFreeEmail(mail, member);
		jdbc.sql("update members set display_name = ?, email = ?, home_unit_id = ? where id = ?")
			.params(name, mail, homeUnit.value(), member.value())
			.update();
		events.publishEvent(new OrganisationChanged(scope.actor(), "member.updated", homeUnit, "member", member.toString(), before,
				members.find(member).orElseThrow()));
	}

	void setLanguages(AccessScope scope, MemberId member, List<LanguageSkill> skills) {
		MemberSummary before = administrable(scope, member);
		List<LanguageSkill> checked = MemberDraft.requireSkills(skills);
		jdbc.sql("delete from member_languages where member_id = ?").param(member.value()).update();
		writeLanguages(member, checked);
		events.publishEvent(new OrganisationChanged(scope.actor(), "member.languages-changed", before.homeUnit(), "member",
				member.toString(), before.languages(), checked));
	}

	void setEnabled(AccessScope scope, MemberId member, boolean enabled) {
		MemberSummary before = administrable(scope, member);
		if (!enabled && scope.member().filter(member::equals).isPresent()) {
			throw new IllegalArgumentException("you cannot disable yourself");
		}
		jdbc.sql("update members set enabled = ? where id = ?").params(enabled, member.value()).update();
		events.publishEvent(new OrganisationChanged(scope.actor(), enabled ? "member.enabled" : "member.disabled", before.homeUnit(),
				"member", member.toString(), Map.of("enabled", before.enabled()), Map.of("enabled", enabled)));
	}

	/**
	 * Sets a new password: the one given, or a random one that is returned so that it can be shown once.
	 * Neither is ever audited.
	 */
	String resetPassword(AccessScope scope, MemberId member, @Nullable String password) {
		MemberSummary before = administrable(scope, member);
		String clear = password == null || password.isEmpty() ? generated() : password;
		MemberDraft.requirePassword(clear);
		jdbc.sql("update members set password_hash = ? where id = ?").params(passwords.encode(clear), member.value()).update();
		events.publishEvent(new OrganisationChanged(scope.actor(), "member.password-reset", before.homeUnit(), "member",
				member.toString(), null, null));
		return clear;
	}

	/** The member, if the caller may change them: 404 outside the caller's units, 403 if they hold more. */
	MemberSummary administrable(AccessScope scope, MemberId member) {
		MemberSummary found = members.find(member).orElseThrow(() -> new NotFoundException("member not found"));
		Guard.manages(scope, found.homeUnit(), "member");
		Guard.outranks(scope, members.grantsOf(member));
		return found;
	}

	private void writeLanguages(MemberId member, List<LanguageSkill> skills) {
		for (LanguageSkill skill : skills) {
			jdbc.sql("insert into member_languages (member_id, language, level) values (?, ?, ?)")
				.params(member.value(), skill.language(), skill.level().name())
				.update();
		}
	}

	private void requireFreeEmail(@Nullable String email, @Nullable MemberId except) {
		if (email != null && jdbc.sql("select count(*) from members where lower(email) = lower(?) and id <> ?")
			.params(email, except == null ? new java.util.UUID(0, 0) : except.value())
			.query(Integer.class)
			.single() > 0) {
			throw new IllegalArgumentException("the e-mail address " + email + " belongs to another member");
		}
	}

	private static String generated() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
