package io.dandelion.organisation;

import static io.dandelion.organisation.LanguageLevel.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation "Acme Telecom": a hub, two regions, eight country spokes and a business unit with
 * their own languages and hours, care-helper and community teams in each, an external moderation agency for
 * rare languages, and one member for every role. Created once, as the system; does nothing if the group exists.
 */
@Component
class DemoOrganisation {

	static final String PASSWORD = "dandelion";

	/** The demo sign-ins shown on the console at every start: username and what they are for. */
	static final Map<String, String> SIGN_INS = new java.util.LinkedHashMap<>();

	static {
		SIGN_INS.put("hub.admin", "hub admin: the whole group");
		SIGN_INS.put("fr.admin", "unit admin of France");
		SIGN_INS.put("es.admin", "unit admin of Spain");
		SIGN_INS.put("fr.community", "community manager, France");
		SIGN_INS.put("fr.agent", "care agent, France (fr, en)");
		SIGN_INS.put("be.agent", "care agent, Belgium (fr, nl)");
		SIGN_INS.put("fr.moderator", "moderator, France");
		SIGN_INS.put("agency.moderator", "Polyglot Moderation: contract units and languages, masked data");
		SIGN_INS.put("analyst", "analyst, the whole group");
		SIGN_INS.put("site.editor", "site editor, France");
	}

	private record Country(String code, String name, String zone, String countryCode, String region, List<String> languages) {
	}

	private static final List<Country> COUNTRIES = List.of(
			new Country("fr", "France", "Europe/Paris", "FR", "europe", List.of("fr")),
			new Country("be", "Belgium", "Europe/Brussels", "BE", "europe", List.of("fr", "nl")),
			new Country("es", "Spain", "Europe/Madrid", "ES", "europe", List.of("es", "ca")),
			new Country("de", "Germany", "Europe/Berlin", "DE", "europe", List.of("de")),
			new Country("pl", "Poland", "Europe/Warsaw", "PL", "europe", List.of("pl")),
			new Country("ro", "Romania", "Europe/Bucharest", "RO", "europe", List.of("ro")),
			new Country("eg", "Egypt", "Africa/Cairo", "EG", "mea", List.of("ar", "en")),
			new Country("ma", "Morocco", "Africa/Casablanca", "MA", "mea", List.of("ar", "fr")));

	private final UnitAdministration units;
	private final TeamAdministration teams;
	private final MemberAdministration members;
	private final GrantAdministration grants;
	private final AgencyAdministration agencies;
	private final MemberDirectory directory;
	private final Units tree;
	private final ApplicationEventPublisher events;

	DemoOrganisation(UnitAdministration units, TeamAdministration teams, MemberAdministration members,
			GrantAdministration grants, AgencyAdministration agencies, MemberDirectory directory, Units tree,
			ApplicationEventPublisher events) {
		this.units = units;
		this.teams = teams;
		this.members = members;
		this.grants = grants;
		this.agencies = agencies;
		this.directory = directory;
		this.tree = tree;
		this.events = events;
	}

	/** Creates the demo organisation unless a group exists; returns whether it did. */
	@Transactional
	boolean seed() {
		if (tree.root().isPresent()) {
			return false;
		}
		new Seeding().run();
		return true;
	}

	/** One run of the seed, collecting the ids it hands to other modules. */
	private final class Seeding {

		final AccessScope system = directory.system();
		final Map<String, UnitId> unitIds = new HashMap<>();
		final Map<String, TeamId> teamIds = new HashMap<>();
		final Map<String, MemberId> memberIds = new HashMap<>();

		void run() {
			UnitId acme = unit("acme", "Acme Telecom", UnitKind.GROUP, null, "Europe/London", null, List.of("en"));
			unit("europe", "Europe", UnitKind.REGION, acme, "Europe/Brussels", null, List.of("en"));
			unit("mea", "Middle East & Africa", UnitKind.REGION, acme, "Africa/Cairo", null, List.of("ar", "en", "fr"));
			for (Country country : COUNTRIES) {
				UnitId id = unit(country.code(), country.name(), UnitKind.COUNTRY, unitIds.get(country.region()),
						country.zone(), country.countryCode(), country.languages());
				team(country.code() + ".care", id, country.name() + " care helpers", TeamKind.CARE_HELPERS, 40);
				team(country.code() + ".community", id, country.name() + " community", TeamKind.COMMUNITY, 20);
				units.setBusinessHours(system, id, hours(country), holidays(country));
			}
			UnitId business = unit("fr-business", "Acme Business France", UnitKind.BUSINESS_UNIT, unitIds.get("fr"),
					"Europe/Paris", "FR", List.of("fr", "en"));
			team("fr-business.care", business, "Business care helpers", TeamKind.CARE_HELPERS, 10);
			team("hub.community", acme, "Hub social team", TeamKind.COMMUNITY, 30);
			team("hub.publishing", acme, "Hub publishing", TeamKind.PUBLISHING, 0);
			team("hub.sites", acme, "Website factory", TeamKind.SITES, 0);
			agency(acme);
			people(acme);
			events.publishEvent(new DemoOrganisationSeeded(acme, unitIds, teamIds, memberIds));
		}

		private void agency(UnitId acme) {
			AgencyId polyglot = agencies.create(system, "Polyglot Moderation");
			Set<UnitId> covered = Set.of(unitIds.get("be"), unitIds.get("pl"), unitIds.get("ro"), unitIds.get("mea"));
			UUID contract = agencies.createContract(system, polyglot,
					new ContractDraft("EMEA rare languages", covered, List.of("ro", "ar", "nl", "pl", "tr", "uk", "fa"),
							Set.of("x", "facebook", "instagram", "youtube"), true, 120, LocalDate.of(2026, 1, 1), null));
			TeamId team = teams.create(system, acme, "Polyglot Moderation EMEA", TeamKind.MODERATION_AGENCY, contract, 30);
			teamIds.put("polyglot", team);
		}

		private void people(UnitId acme) {
			UnitId fr = unitIds.get("fr");
			member("hub.admin", "Hannah Hub", acme, Role.HUB_ADMIN, acme, "hub.community", skill("en", NATIVE), skill("fr", FLUENT));
			member("fr.admin", "François Admin", fr, Role.UNIT_ADMIN, fr, null, skill("fr", NATIVE), skill("en", FLUENT));
			member("es.admin", "Elena Admin", unitIds.get("es"), Role.UNIT_ADMIN, unitIds.get("es"), null, skill("es", NATIVE));
			member("fr.community", "Camille Community", fr, Role.COMMUNITY_MANAGER, fr, "fr.community", skill("fr", NATIVE),
					skill("en", FLUENT));
			member("fr.moderator", "Mathis Moderator", fr, Role.MODERATOR, fr, "fr.community", skill("fr", NATIVE));
			member("fr.agent", "Fatou Agent", fr, Role.AGENT, fr, "fr.care", skill("fr", NATIVE), skill("en", WORKING));
			member("be.agent", "Bram Agent", unitIds.get("be"), Role.AGENT, unitIds.get("be"), "be.care", skill("nl", NATIVE),
					skill("fr", FLUENT), skill("en", WORKING));
			member("es.agent", "Sofía Agent", unitIds.get("es"), Role.AGENT, unitIds.get("es"), "es.care", skill("es", NATIVE),
					skill("ca", FLUENT));
			member("de.agent", "Jonas Agent", unitIds.get("de"), Role.AGENT, unitIds.get("de"), "de.care", skill("de", NATIVE));
			member("pl.agent", "Zofia Agent", unitIds.get("pl"), Role.AGENT, unitIds.get("pl"), "pl.care", skill("pl", NATIVE));
			member("eg.agent", "Omar Agent", unitIds.get("eg"), Role.AGENT, unitIds.get("eg"), "eg.care", skill("ar", NATIVE),
					skill("en", FLUENT));
			member("agency.moderator", "Ana Polyglot", acme, Role.MODERATOR, acme, "polyglot", skill("ro", NATIVE),
					skill("ar", FLUENT), skill("tr", FLUENT), skill("uk", WORKING), skill("en", FLUENT));
			member("analyst", "Ada Analyst", acme, Role.ANALYST, acme, null, skill("en", FLUENT));
			member("site.editor", "Sami Editor", fr, Role.SITE_EDITOR, fr, null, skill("fr", NATIVE));
		}

		private UnitId unit(String code, String name, UnitKind kind, @Nullable UnitId parent, String zone,
				@Nullable String country,
				List<String> languages) {
			UnitId id = units.create(system, new UnitDraft(code, name, kind, parent, zone, languages, country));
			unitIds.put(code, id);
			return id;
		}

		private void team(String key, UnitId unit, String name, TeamKind kind, int capacity) {
			teamIds.put(key, teams.create(system, unit, name, kind, null, capacity));
		}

		private void member(String username, String name, UnitId home, Role role, UnitId on, @Nullable String team,
				LanguageSkill... skills) {
			MemberId id = members.create(system,
					new MemberDraft(username, username + "@acme.example", name, home, PASSWORD, List.of(skills)));
			grants.grant(system, id, role, on);
			if (team != null) {
				teams.addMember(system, teamIds.get(team), id, 8);
			}
			memberIds.put(username, id);
		}
	}

	private static LanguageSkill skill(String language, LanguageLevel level) {
		return new LanguageSkill(language, level);
	}

	/** Monday to Friday 9-18 (Egypt: Sunday to Thursday 9-17), French care also on Saturday mornings. */
	private static Map<DayOfWeek, List<BusinessHours.Opening>> hours(Country country) {
		Map<DayOfWeek, List<BusinessHours.Opening>> week = new EnumMap<>(DayOfWeek.class);
		boolean egypt = country.code().equals("eg");
		for (DayOfWeek day : DayOfWeek.values()) {
			boolean open = egypt ? day != DayOfWeek.FRIDAY && day != DayOfWeek.SATURDAY : day.getValue() <= 5;
			List<BusinessHours.Opening> openings = new ArrayList<>();
			if (open) {
				openings.add(new BusinessHours.Opening(LocalTime.of(9, 0), LocalTime.of(egypt ? 17 : 18, 0)));
			}
			if (country.code().equals("fr") && day == DayOfWeek.SATURDAY) {
				openings.add(new BusinessHours.Opening(LocalTime.of(9, 0), LocalTime.of(13, 0)));
			}
			week.put(day, openings);
		}
		return week;
	}

	private static Map<LocalDate, String> holidays(Country country) {
		Map<LocalDate, String> days = new HashMap<>();
		if (!country.region().equals("mea")) {
			days.put(LocalDate.of(2026, 12, 25), "Christmas Day");
			days.put(LocalDate.of(2027, 1, 1), "New Year's Day");
		}
		switch (country.code()) {
			case "fr" -> days.put(LocalDate.of(2027, 7, 14), "Fête nationale");
			case "be" -> days.put(LocalDate.of(2027, 7, 21), "Fête nationale / Nationale feestdag");
			case "es" -> days.put(LocalDate.of(2026, 12, 8), "Inmaculada Concepción");
			case "pl" -> days.put(LocalDate.of(2026, 11, 11), "Narodowe Święto Niepodległości");
			case "ro" -> days.put(LocalDate.of(2026, 12, 1), "Ziua Națională");
			case "de" -> days.put(LocalDate.of(2026, 10, 3), "Tag der Deutschen Einheit");
			case "eg" -> days.put(LocalDate.of(2027, 1, 7), "Coptic Christmas");
			case "ma" -> days.put(LocalDate.of(2026, 11, 18), "Independence Day");
			default -> {
			}
		}
		return days;
	}
}
