package io.dandelion.organisation;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Builds a small organisation through the real administration services, as the system:
 * acme → europe → fr, es; acme → mea → eg; an agency contract over eg in Arabic; one member per role.
 */
@Component
class TestOrganisation {

	static final String PASSWORD = "correct horse";

	final UnitAdministration units;
	final MemberAdministration members;
	final GrantAdministration grants;
	final TeamAdministration teams;
	final AgencyAdministration agencies;
	final MemberDirectory directory;

	UnitId acme, europe, mea, fr, es, eg;
	MemberId hubAdmin, frAdmin, esAdmin, frAgent, agencyModerator;
	TeamId frHelpers, polyglot;
	AgencyId agency;
	UUID contract;

	TestOrganisation(UnitAdministration units, MemberAdministration members, GrantAdministration grants,
			TeamAdministration teams, AgencyAdministration agencies, MemberDirectory directory) {
		this.units = units;
		this.members = members;
		this.grants = grants;
		this.teams = teams;
		this.agencies = agencies;
		this.directory = directory;
	}

	TestOrganisation create() {
		AccessScope system = directory.system();
		acme = units.create(system, draft("acme", UnitKind.GROUP, null));
		europe = units.create(system, draft("europe", UnitKind.REGION, acme));
		mea = units.create(system, draft("mea", UnitKind.REGION, acme));
		fr = units.create(system, draft("fr", UnitKind.COUNTRY, europe, "fr"));
		es = units.create(system, draft("es", UnitKind.COUNTRY, europe, "es"));
		eg = units.create(system, draft("eg", UnitKind.COUNTRY, mea, "ar", "en"));
		hubAdmin = member("hub.admin", acme, Role.HUB_ADMIN, acme);
		frAdmin = member("fr.admin", fr, Role.UNIT_ADMIN, fr);
		esAdmin = member("es.admin", es, Role.UNIT_ADMIN, es);
		frAgent = member("fr.agent", fr, Role.AGENT, fr);
		members.setLanguages(system, frAgent, List.of(new LanguageSkill("fr", LanguageLevel.NATIVE),
				new LanguageSkill("en", LanguageLevel.WORKING)));
		frHelpers = teams.create(system, fr, "France helpers", TeamKind.CARE_HELPERS, null, 20);
		teams.addMember(system, frHelpers, frAgent, 8);
		agency = agencies.create(system, "Polyglot Moderation");
		contract = agencies.createContract(system, agency,
				new ContractDraft("Arabic moderation", Set.of(eg), List.of("ar"), Set.of("x"), true, 40, null, null));
		polyglot = teams.create(system, acme, "Polyglot", TeamKind.MODERATION_AGENCY, contract, 10);
		agencyModerator = member("agency.moderator", acme, Role.MODERATOR, acme);
		teams.addMember(system, polyglot, agencyModerator, 10);
		return this;
	}

	MemberId member(String username, UnitId home, Role role, UnitId on) {
		MemberId id = members.create(directory.system(),
				new MemberDraft(username, username + "@example.com", username, home, PASSWORD, List.of()));
		grants.grant(directory.system(), id, role, on);
		return id;
	}

	static UnitDraft draft(String code, UnitKind kind, UnitId parent, String... languages) {
		return new UnitDraft(code, code.toUpperCase(), kind, parent, "Europe/Paris", List.of(languages), null);
	}
}
