package io.dandelion;

import static io.dandelion.organisation.Permission.ANALYTICS_READ;
import static io.dandelion.organisation.Permission.AUDIT_READ;
import static io.dandelion.organisation.Permission.CHANNELS_MANAGE;
import static io.dandelion.organisation.Permission.CONVERSATIONS_READ;
import static io.dandelion.organisation.Permission.CONVERSATIONS_WORK;
import static io.dandelion.organisation.Permission.MODERATE;
import static io.dandelion.organisation.Permission.ORGANISATION_MANAGE;
import static io.dandelion.organisation.Permission.POLICIES_MANAGE;
import static io.dandelion.organisation.Permission.SITES_EDIT;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every endpoint of Dandelion with the rule that guards it, declared once. The rule says who gets what:
 * anonymous callers 401 (API) or the sign-in page; a subject in a unit the caller cannot see 404; a visible subject
 * beyond the caller's roles 403 (a page form may instead send the caller back with the reason); anyone else is
 * served (2xx, 3xx, or a 4xx that explains bad input or state), never a 5xx. A new endpoint must be added here,
 * or {@link AuthorisationMatrixTests} fails.
 */
final class AuthorisationMatrix {

	private AuthorisationMatrix() {
	}

	/** Who may call an endpoint. */
	sealed interface Rule {
	}

	/** Anyone, signed in or not (sign-in page, public sites). */
	record Public() implements Rule {
	}

	/** The error page: reachable by anyone, answering with the status of the error it shows. */
	record ErrorPage() implements Rule {
	}

	/** A platform's subscription handshake: nobody gets through without the channel's verify token (a 4xx for all). */
	record Handshake() implements Rule {
	}

	/** Authenticated by the channel's signature only: a session or no signature answers 401. */
	record Signed() implements Rule {
	}

	/** Any signed-in member; what they get is filtered by their units. */
	record SignedIn() implements Rule {
	}

	/** Members who hold one of {@code permissions} on some unit; others 403. */
	record Anywhere(Set<Permission> permissions) implements Rule {
	}

	/** Hub admins only; others 403. */
	record Hub() implements Rule {
	}

	/**
	 * A subject in a unit (in the path or the body): hidden (404) unless the caller holds one of {@code see} on the
	 * unit, refused (403) unless they hold {@code act}.
	 */
	record OnUnit(Set<Permission> see, @Nullable Permission act) implements Rule {
	}

	/** The caller's own things (tokens, saved views): another member's answer 404. */
	record Own() implements Rule {
	}

	/** One endpoint: its handler mapping, the request that exercises it and its rule. */
	record Row(String mapping, String method, String path, Rule rule, @Nullable String json,
			Map<String, String> form, @Nullable String fresh, boolean refusedOnForm, boolean refusedEitherWay,
			boolean missing) {

		boolean api() {
			return path.startsWith("/api/");
		}

		Row json(String body) {
			return new Row(mapping, method, path, rule, body, form, fresh, refusedOnForm, refusedEitherWay, missing);
		}

		Row form(String... pairs) {
			Map<String, String> params = new LinkedHashMap<>();
			for (int i = 0; i < pairs.length; i += 2) {
				params.put(pairs[i], pairs[i + 1]);
			}
			return new Row(mapping, method, path, rule, json, params, fresh, refusedOnForm, refusedEitherWay, missing);
		}

		/** A page form that answers a subject out of scope like one beyond the caller's roles: back to the form, with the reason. */
		Row refusedOnTheForm() {
			return new Row(mapping, method, path, rule, json, form, fresh, true, refusedEitherWay, missing);
		}

		/**
		 * Refused callers may get 404 or 403 alike: used with {@link #missingSubject()}, where the missing subject may
		 * answer 404 before the caller's role is looked at (both refuse).
		 */
		Row refusedAsEither() {
			return new Row(mapping, method, path, rule, json, form, fresh, refusedOnForm, true, missing);
		}

		/**
		 * The subject named last in the path does not exist (the fixture makes no held reply): callers allowed to act
		 * on the conversation get 404 for it, and the check is that everyone else is refused before that.
		 */
		Row missingSubject() {
			return new Row(mapping, method, path, rule, json, form, fresh, refusedOnForm, refusedEitherWay, true);
		}

		/** A subject of this kind is made anew for each allowed call, since the call uses it up. */
		Row fresh(String kind) {
			return new Row(mapping, method, path, rule, json, form, kind, refusedOnForm, refusedEitherWay, missing);
		}
	}

	/** What a caller gets. */
	enum Outcome {
		UNAUTHENTICATED, HIDDEN, REFUSED, SERVED, NOT_VERIFIED
	}

	/** What {@code caller} (null: anonymous) should get from an endpoint guarded by {@code rule} for a subject in {@code unit}. */
	static Outcome expected(Rule rule, @Nullable AccessScope caller, boolean mine, io.dandelion.organisation.UnitId unit) {
		if (rule instanceof Public || rule instanceof ErrorPage) {
			return Outcome.SERVED;
		}
		if (rule instanceof Handshake) {
			return Outcome.NOT_VERIFIED;
		}
		if (caller == null || rule instanceof Signed) {
			return Outcome.UNAUTHENTICATED;
		}
		if (rule instanceof Anywhere anywhere) {
			return anywhere.permissions().stream().allMatch(p -> caller.units(p).isEmpty()) ? Outcome.REFUSED
					: Outcome.SERVED;
		}
		if (rule instanceof Hub) {
			return caller.isHubAdmin() ? Outcome.SERVED : Outcome.REFUSED;
		}
		if (rule instanceof Own) {
			return mine ? Outcome.SERVED : Outcome.HIDDEN;
		}
		if (rule instanceof OnUnit on) {
			if (on.see().stream().noneMatch(p -> caller.can(p, unit))) {
				return Outcome.HIDDEN;
			}
			return on.act() == null || caller.can(on.act(), unit) ? Outcome.SERVED : Outcome.REFUSED;
		}
		return Outcome.SERVED;
	}

	private static Row row(String mapping, Rule rule) {
		return at(mapping, mapping, rule);
	}

	/** {@code mapping} as the handler mappings name it; {@code request} with the placeholders of the subjects. */
	private static Row at(String mapping, String request, Rule rule) {
		String[] parts = request.split(" ", 2);
		return new Row(mapping, parts[0], parts[1], rule, null, Map.of(), null, false, false, false);
	}

	private static final Rule PUBLIC = new Public();
	private static final Rule SIGNED = new Signed();
	private static final Rule SIGNED_IN = new SignedIn();
	private static final Rule HUB = new Hub();
	private static final Rule OWN = new Own();

	private static Rule on(Permission act, Permission... alsoSeenWith) {
		Set<Permission> see = EnumSet.of(act, alsoSeenWith);
		return new OnUnit(see, act);
	}

	/** Served to whoever sees the subject: who holds one of {@code see} on its unit. */
	private static Rule seen(Permission see, Permission... orThese) {
		return new OnUnit(EnumSet.of(see, orThese), null);
	}

	private static Rule anywhere(Permission permission, Permission... orThese) {
		return new Anywhere(EnumSet.of(permission, orThese));
	}

	/** Conversations are seen by those who read them and worked by those who work them. */
	private static final Rule READ = on(CONVERSATIONS_READ);
	private static final Rule WORK = on(CONVERSATIONS_WORK, CONVERSATIONS_READ);
	private static final Rule MANAGE = on(ORGANISATION_MANAGE);
	private static final Rule CHANNELS = on(CHANNELS_MANAGE, CONVERSATIONS_READ);
	private static final Rule REVIEW = on(MODERATE, CONVERSATIONS_READ);
	private static final Rule POLICIES = on(POLICIES_MANAGE, CONVERSATIONS_READ, MODERATE);
	/** Whoever holds a conversation hands it off, or a unit admin; the matrix's subject is held by the hub admin. */
	private static final Rule HAND_OFF = on(ORGANISATION_MANAGE, CONVERSATIONS_READ);
	private static final Rule SLA = on(POLICIES_MANAGE, CONVERSATIONS_READ);
	private static final Rule POLICY_READERS = seen(POLICIES_MANAGE, MODERATE, CONVERSATIONS_READ);
	private static final Rule SITES = on(SITES_EDIT);
	/** Reports: a unit the caller holds nothing on is unknown to them; one they hold something else on, refused. */
	private static final Rule REPORTS = new OnUnit(EnumSet.allOf(Permission.class), ANALYTICS_READ);

	static final List<Row> ROWS = rows();

	private static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		// platform
		rows.add(row("GET /login", PUBLIC));
		rows.add(row("GET /", SIGNED_IN));
		// what the error page answers is the error it reports; it only has to be reachable without signing in
		rows.add(row("GET /error", new ErrorPage()));
		rows.add(row("GET /api/v1/openapi", SIGNED_IN));
		rows.add(row("GET /api/v1/openapi.yaml", SIGNED_IN));
		rows.add(row("GET /api/v1/openapi/swagger-config", SIGNED_IN));
		rows.add(row("GET /api/v1/docs", SIGNED_IN));
		rows.add(row("GET /api/v1/tokens", SIGNED_IN));
		// a token carries a role its member holds on the unit: here MODERATOR, which needs MODERATE (and reading)
		rows.add(row("POST /api/v1/tokens", new OnUnit(EnumSet.allOf(Permission.class), MODERATE))
			.json("{\"name\": \"matrix {rand}\", \"role\": \"MODERATOR\", \"unit\": \"{unit}\"}"));
		rows.add(at("DELETE /api/v1/tokens/{id}", "DELETE /api/v1/tokens/{token}", OWN));

		// organisation
		rows.add(row("GET /api/v1/units", SIGNED_IN));
		rows.add(at("GET /api/v1/units/{id}", "GET /api/v1/units/{unit}", MANAGE));
		rows.add(row("POST /api/v1/units", MANAGE).json("""
				{"code": "mx{rand}", "name": "Matrix {rand}", "kind": "BUSINESS_UNIT", "parent": "{unit}",
				 "timeZone": "Europe/Paris", "languages": ["fr"]}"""));
		rows.add(at("PUT /api/v1/units/{id}", "PUT /api/v1/units/{unit}", MANAGE)
			.json("{\"name\": \"Matrix unit\", \"timeZone\": \"Europe/Paris\", \"languages\": [\"fr\", \"es\"]}"));
		rows.add(at("GET /api/v1/units/{id}/business-hours", "GET /api/v1/units/{unit}/business-hours", MANAGE));
		rows.add(at("PUT /api/v1/units/{id}/business-hours", "PUT /api/v1/units/{unit}/business-hours", MANAGE).json(
				"{\"openings\": [{\"day\": \"MONDAY\", \"opens\": \"09:00\", \"closes\": \"17:00\"}], \"holidays\": []}"));
		rows.add(row("GET /api/v1/teams", SIGNED_IN));
		rows.add(at("GET /api/v1/teams/{id}", "GET /api/v1/teams/{team}", MANAGE));
		rows.add(row("POST /api/v1/teams", MANAGE)
			.json("{\"unit\": \"{unit}\", \"name\": \"Matrix team {rand}\", \"kind\": \"COMMUNITY\", \"capacity\": 5}"));
		rows.add(at("PUT /api/v1/teams/{id}", "PUT /api/v1/teams/{team}", MANAGE)
			.json("{\"name\": \"Matrix care\", \"capacity\": 6}"));
		rows.add(at("GET /api/v1/teams/{id}/members", "GET /api/v1/teams/{team}/members", MANAGE));
		rows.add(at("PUT /api/v1/teams/{id}/members/{member}", "PUT /api/v1/teams/{team}/members/{member}", MANAGE)
			.json("{\"capacity\": 4}"));
		rows.add(at("DELETE /api/v1/teams/{id}/members/{member}", "DELETE /api/v1/teams/{team}/members/{member}", MANAGE)
			.fresh("team-member"));
		rows.add(row("GET /api/v1/members", SIGNED_IN));
		rows.add(at("GET /api/v1/members/{id}", "GET /api/v1/members/{member}", MANAGE));
		rows.add(row("POST /api/v1/members", MANAGE).json("""
				{"username": "mx.{rand}", "displayName": "Matrix {rand}", "homeUnit": "{unit}",
				 "password": "matrix-password", "languages": []}"""));
		rows.add(at("PUT /api/v1/members/{id}", "PUT /api/v1/members/{member}", MANAGE)
			.json("{\"displayName\": \"Matrix subject\", \"homeUnit\": \"{unit}\"}"));
		rows.add(at("PUT /api/v1/members/{id}/languages", "PUT /api/v1/members/{member}/languages", MANAGE)
			.json("[{\"language\": \"fr\", \"level\": \"NATIVE\"}, {\"language\": \"es\", \"level\": \"NATIVE\"}]"));
		rows.add(at("PUT /api/v1/members/{id}/enabled", "PUT /api/v1/members/{member}/enabled", MANAGE)
			.json("{\"enabled\": true}"));
		rows.add(at("POST /api/v1/members/{id}/password", "POST /api/v1/members/{member}/password", MANAGE)
			.json("{\"password\": \"matrix-password\"}"));
		rows.add(at("GET /api/v1/members/{id}/grants", "GET /api/v1/members/{member}/grants", MANAGE));
		rows.add(at("POST /api/v1/members/{id}/grants", "POST /api/v1/members/{member}/grants", MANAGE)
			.json("{\"role\": \"MODERATOR\", \"unit\": \"{unit}\"}"));
		rows.add(at("DELETE /api/v1/members/{id}/grants/{role}/{unit}",
				"DELETE /api/v1/members/{member}/grants/ANALYST/{unit}", MANAGE).fresh("grant"));
		rows.add(row("GET /api/v1/agencies", SIGNED_IN));
		rows.add(row("POST /api/v1/agencies", HUB).json("{\"name\": \"Matrix agency {rand}\"}"));
		rows.add(at("PUT /api/v1/agencies/{id}", "PUT /api/v1/agencies/{agency}", HUB)
			.json("{\"name\": \"Matrix agency {rand}\"}"));
		rows.add(at("GET /api/v1/agencies/{id}/contracts", "GET /api/v1/agencies/{agency}/contracts", SIGNED_IN));
		rows.add(at("POST /api/v1/agencies/{id}/contracts", "POST /api/v1/agencies/{agency}/contracts", MANAGE)
			.json("{\"name\": \"Matrix contract {rand}\", \"units\": [\"{unit}\"], \"languages\": [\"fr\"]}"));
		rows.add(at("GET /api/v1/contracts/{id}", "GET /api/v1/contracts/{contract}", MANAGE));
		rows.add(at("PUT /api/v1/contracts/{id}", "PUT /api/v1/contracts/{contract}", MANAGE)
			.json("{\"name\": \"Matrix contract\", \"units\": [\"{unit}\"], \"languages\": [\"fr\", \"es\"]}"));

		rows.add(row("GET /admin/units", SIGNED_IN));
		rows.add(at("POST /admin/units/{id}/units", "POST /admin/units/{unit}/units", MANAGE).form("code", "mxp{rand}",
				"name", "Matrix page {rand}", "kind", "BUSINESS_UNIT", "timeZone", "Europe/Paris", "languages", "fr"));
		rows.add(at("POST /admin/units/{id}/teams", "POST /admin/units/{unit}/teams", MANAGE)
			.form("name", "Matrix page team {rand}", "kind", "CARE_HELPERS", "capacity", "3"));
		rows.add(at("POST /admin/units/{id}/grants", "POST /admin/units/{unit}/grants", MANAGE)
			.form("username", "{username}", "role", "ANALYST"));
		// a team's page: its members and their capacities, through the same team administration as the API
		rows.add(at("GET /admin/teams/{id}", "GET /admin/teams/{team}", MANAGE));
		rows.add(at("POST /admin/teams/{id}/members", "POST /admin/teams/{team}/members", MANAGE)
			.form("username", "{username}", "capacity", "4"));
		rows.add(at("POST /admin/teams/{id}/members/{member}", "POST /admin/teams/{team}/members/{member}", MANAGE)
			.form("capacity", "6").fresh("team-member"));
		rows.add(at("POST /admin/teams/{id}/members/{member}/remove", "POST /admin/teams/{team}/members/{member}/remove",
				MANAGE).fresh("team-member"));

		rows.add(row("GET /admin/members", SIGNED_IN));
		rows.add(at("GET /admin/members/{id}", "GET /admin/members/{member}", MANAGE));
		rows.add(row("POST /admin/members", MANAGE).form("username", "mxp.{rand}", "displayName", "Matrix page {rand}",
				"homeUnit", "{unit}", "password", "matrix-password", "languages", "fr:native"));
		rows.add(at("POST /admin/members/{id}", "POST /admin/members/{member}", MANAGE)
			.form("displayName", "Matrix subject", "homeUnit", "{unit}"));
		rows.add(at("POST /admin/members/{id}/languages", "POST /admin/members/{member}/languages", MANAGE)
			.form("languages", "fr:native, es:native"));
		rows.add(at("POST /admin/members/{id}/enabled", "POST /admin/members/{member}/enabled", MANAGE)
			.form("enabled", "true"));
		rows.add(at("POST /admin/members/{id}/password", "POST /admin/members/{member}/password", MANAGE)
			.form("password", "matrix-password"));
		rows.add(at("POST /admin/members/{id}/grants", "POST /admin/members/{member}/grants", MANAGE)
			.form("role", "MODERATOR", "unit", "{unit}"));
		rows.add(at("POST /admin/members/{id}/grants/revoke", "POST /admin/members/{member}/grants/revoke", MANAGE)
			.form("role", "ANALYST", "unit", "{unit}"));
		rows.add(row("GET /admin/agencies", SIGNED_IN));
		rows.add(row("POST /admin/agencies", HUB).form("name", "Matrix page agency {rand}"));
		rows.add(at("POST /admin/agencies/{id}", "POST /admin/agencies/{agency}", HUB).form("name", "Matrix agency {rand}"));
		rows.add(at("POST /admin/agencies/{id}/contracts", "POST /admin/agencies/{agency}/contracts", MANAGE)
			.form("name", "Matrix page contract {rand}", "unit", "{unit}", "languages", "fr", "mask", "true"));
		rows.add(at("POST /admin/contracts/{id}", "POST /admin/contracts/{contract}", MANAGE)
			.form("name", "Matrix contract", "unit", "{unit}", "languages", "fr, es", "mask", "true"));

		// audit
		// the trail of the units one manages, or holds the audit permission on
		rows.add(row("GET /admin/audit", anywhere(AUDIT_READ, ORGANISATION_MANAGE)));
		rows.add(row("GET /api/v1/audit", anywhere(AUDIT_READ, ORGANISATION_MANAGE)));
		rows.add(row("GET /api/v1/audit/verify", HUB));

		// channels
		rows.add(row("GET /channels", SIGNED_IN));
		rows.add(row("GET /channels/connectors", SIGNED_IN));
		rows.add(row("GET /api/v1/channels", SIGNED_IN));
		rows.add(at("GET /api/v1/channels/{id}", "GET /api/v1/channels/{channel}", seen(CHANNELS_MANAGE, CONVERSATIONS_READ)));
		// a channel is connected only by who runs the unit's accounts; to anyone else the unit is unknown here
		rows.add(row("POST /api/v1/channels", on(CHANNELS_MANAGE)).json("""
				{"unit": "{unit}", "ownerTeam": "{team}", "platform": "simulator", "handle": "@mx_{rand}",
				 "credentials": {"languages": "fr", "seed": "3"}}"""));
		rows.add(at("PUT /api/v1/channels/{id}", "PUT /api/v1/channels/{channel}", CHANNELS)
			.json("{\"handle\": \"@matrix_{rand}\"}"));
		rows.add(at("DELETE /api/v1/channels/{id}", "DELETE /api/v1/channels/{channel}", CHANNELS).fresh("channel"));
		rows.add(at("POST /api/v1/channels/{id}/ownership", "POST /api/v1/channels/{channel}/ownership", CHANNELS)
			.json("{\"team\": \"{team2}\", \"reason\": \"holidays\"}"));
		rows.add(at("DELETE /api/v1/channels/{id}/ownership", "DELETE /api/v1/channels/{channel}/ownership", CHANNELS));
		rows.add(row("POST /api/v1/channels/credential-keys/rotation", HUB));
		rows.add(at("GET /api/v1/channels/{id}/dead-letters", "GET /api/v1/channels/{hook}/dead-letters", CHANNELS));
		rows.add(at("POST /api/v1/channels/{id}/dead-letters/{letter}/replay",
				"POST /api/v1/channels/{hook}/dead-letters/{letter}/replay", CHANNELS));
		rows.add(at("POST /api/v1/channels/{id}/dead-letters/{letter}/discard",
				"POST /api/v1/channels/{hook}/dead-letters/{letter}/discard", CHANNELS));
		rows.add(row("GET /channels/dead-letters", SIGNED_IN));
		rows.add(at("POST /channels/dead-letters/{letter}/replay", "POST /channels/dead-letters/{letter}/replay", CHANNELS));
		rows.add(at("POST /channels/dead-letters/{letter}/discard", "POST /channels/dead-letters/{letter}/discard",
				CHANNELS));
		rows.add(at("POST /api/v1/channels/{id}/items", "POST /api/v1/channels/{hook}/items", SIGNED)
			.json("{\"id\": \"x{rand}\", \"author\": {\"id\": \"u1\"}, \"text\": \"hello\", \"createdAt\": \"2026-12-03T10:15:30Z\"}"));

		// conversations
		rows.add(row("GET /conversations", SIGNED_IN));
		rows.add(row("GET /conversations/rows", SIGNED_IN));
		rows.add(at("GET /conversations/{id}", "GET /conversations/{conversation}", READ));
		rows.add(at("POST /conversations/{id}/status", "POST /conversations/{conversation}/status", WORK)
			.form("status", "OPEN"));
		rows.add(row("GET /api/v1/conversations", SIGNED_IN));
		rows.add(at("GET /api/v1/conversations/{id}", "GET /api/v1/conversations/{conversation}", READ));
		rows.add(at("POST /api/v1/conversations/{id}/status", "POST /api/v1/conversations/{conversation}/status", WORK)
			.json("{\"status\": \"OPEN\"}"));
		// contacts are linked by those who work the unit's conversations; to others they are unknown
		rows.add(at("POST /api/v1/contacts/{id}/links", "POST /api/v1/contacts/{contact}/links", on(CONVERSATIONS_WORK))
			.json("{\"contact\": \"{contact2}\"}"));

		// moderation
		rows.add(row("GET /moderation/reviews", SIGNED_IN));
		rows.add(at("POST /moderation/reviews/{id}/decisions", "POST /moderation/reviews/{review}/decisions", REVIEW)
			.form("decision", "APPROVE:legitimate"));
		rows.add(row("GET /moderation/policies", SIGNED_IN));
		rows.add(at("GET /moderation/policies/{unit}", "GET /moderation/policies/{unit}", POLICY_READERS));
		rows.add(at("POST /moderation/policies/{unit}", "POST /moderation/policies/{unit}", POLICIES)
			.form("rules", "[]", "basedOn", "0"));
		rows.add(at("POST /moderation/policies/{unit}/simulations", "POST /moderation/policies/{unit}/simulations",
				POLICIES).form("rules", "[]", "days", "1"));
		rows.add(at("GET /moderation/simulations/{id}", "GET /moderation/simulations/{simulation}", on(POLICIES_MANAGE)));
		rows.add(at("GET /moderation/simulations/{id}/progress", "GET /moderation/simulations/{simulation}/progress",
				on(POLICIES_MANAGE)));
		rows.add(row("GET /api/v1/reviews", SIGNED_IN));
		rows.add(row("GET /api/v1/reviews/reason-codes", SIGNED_IN));
		// a review item is shown to those who moderate its unit
		rows.add(at("GET /api/v1/reviews/{id}", "GET /api/v1/reviews/{review}", on(MODERATE)));
		rows.add(at("POST /api/v1/reviews/{id}/decisions", "POST /api/v1/reviews/{review}/decisions", REVIEW)
			.json("{\"verdict\": \"APPROVE\", \"reasonCode\": \"legitimate\"}"));
		rows.add(at("GET /api/v1/messages/{id}/moderation", "GET /api/v1/messages/{message}/moderation", READ));
		rows.add(row("GET /api/v1/policies", SIGNED_IN));
		rows.add(at("GET /api/v1/policies/{unit}", "GET /api/v1/policies/{unit}", POLICY_READERS));
		rows.add(at("GET /api/v1/policies/{unit}/versions", "GET /api/v1/policies/{unit}/versions", POLICY_READERS));
		rows.add(at("PUT /api/v1/policies/{unit}", "PUT /api/v1/policies/{unit}", POLICIES)
			.json("{\"rules\": []}"));

		// routing
		rows.add(row("GET /api/v1/queues", SIGNED_IN));
		rows.add(at("POST /api/v1/queues/{id}/next", "POST /api/v1/queues/{queue}/next", WORK));
		// like every action on a conversation: hidden outside the caller's reading scope, refused (403) to a reader
		rows.add(at("POST /api/v1/conversations/{id}/take", "POST /api/v1/conversations/{conversation}/take", WORK));
		rows.add(at("POST /api/v1/conversations/{id}/hand-off", "POST /api/v1/conversations/{conversation}/hand-off",
				HAND_OFF).json("{\"team\": \"{team}\", \"note\": \"over to you\"}").fresh("held-by-hub"));
		rows.add(at("POST /api/v1/conversations/{id}/escalate", "POST /api/v1/conversations/{conversation}/escalate",
				WORK).json("{\"to\": \"HUB\", \"reason\": \"needs the hub\"}"));
		// collision control: who is replying, and the claim on an answer
		rows.add(at("GET /api/v1/conversations/{id}/replying", "GET /api/v1/conversations/{conversation}/replying", READ));
		rows.add(at("PUT /api/v1/conversations/{id}/replying", "PUT /api/v1/conversations/{conversation}/replying", WORK));
		rows.add(at("DELETE /api/v1/conversations/{id}/replying", "DELETE /api/v1/conversations/{conversation}/replying",
				READ));
		rows.add(at("GET /api/v1/messages/{id}/reply-claims", "GET /api/v1/messages/{message}/reply-claims", READ));
		rows.add(at("POST /api/v1/messages/{id}/reply-claims", "POST /api/v1/messages/{message}/reply-claims", WORK));
		// SLA policies: read by whoever reads the unit's conversations, written by who manages its policies
		rows.add(at("GET /api/v1/sla-policies", "GET /api/v1/sla-policies?unit={unit}", READ));
		rows.add(at("GET /api/v1/sla-policies/effective", "GET /api/v1/sla-policies/effective?unit={unit}", READ));
		rows.add(row("POST /api/v1/sla-policies", SLA).json(
				"{\"name\": \"Matrix {rand}\", \"unit\": \"{unit}\", \"priority\": 1, \"firstResponse\": \"PT4H\", \"nextResponse\": \"PT8H\", \"resolution\": \"P2D\"}"));
		rows.add(at("PUT /api/v1/sla-policies/{id}", "PUT /api/v1/sla-policies/{sla}", SLA)
			.json("{\"name\": \"Matrix SLA\", \"firstResponse\": \"PT2H\", \"nextResponse\": \"PT8H\", \"resolution\": \"P2D\"}"));
		rows.add(at("DELETE /api/v1/sla-policies/{id}", "DELETE /api/v1/sla-policies/{sla}", SLA).fresh("sla"));
		rows.add(row("GET /api/v1/presence", SIGNED_IN));
		rows.add(row("PUT /api/v1/presence", SIGNED_IN).json("{\"presence\": \"ONLINE\"}"));

		// workspace
		rows.add(row("GET /workspace", SIGNED_IN));
		rows.add(row("GET /workspace/rows", SIGNED_IN));
		rows.add(row("GET /workspace/live", SIGNED_IN));
		rows.add(row("GET /workspace/mentions", SIGNED_IN));
		rows.add(row("GET /workspace/mentions/count", SIGNED_IN));
		rows.add(row("POST /workspace/views", SIGNED_IN).form("name", "Mine {rand}", "status", "OPEN"));
		rows.add(at("POST /workspace/views/{id}/delete", "POST /workspace/views/{view}/delete", OWN));
		rows.add(row("GET /api/v1/workspace/views", SIGNED_IN));
		rows.add(row("POST /api/v1/workspace/views", SIGNED_IN).json("{\"name\": \"Mine {rand}\", \"status\": \"OPEN\"}"));
		rows.add(at("DELETE /api/v1/workspace/views/{id}", "DELETE /api/v1/workspace/views/{view}", OWN));
		// reply approval: everyone may read the hub's rules, only the hub sets them
		rows.add(row("GET /api/v1/workspace/approval-rules", SIGNED_IN));
		rows.add(row("POST /api/v1/workspace/approval-rules", HUB).json(
				"{\"name\": \"Matrix {rand}\", \"senders\": \"agency\", \"accounts\": \"unit\", \"unit\": \"{unit}\"}"));
		rows.add(at("DELETE /api/v1/workspace/approval-rules/{id}", "DELETE /api/v1/workspace/approval-rules/{missing}", HUB)
			.missingSubject());
		rows.add(at("PUT /api/v1/workspace/approval-rules/{id}", "PUT /api/v1/workspace/approval-rules/{approvalRule}", HUB)
			.json("{\"name\": \"Matrix {rand}\", \"senders\": \"agency\", \"accounts\": \"unit\", \"unit\": \"{unit}\"}"));
		// the same rules as a page
		rows.add(row("GET /workspace/approval-rules", SIGNED_IN));
		rows.add(row("POST /workspace/approval-rules", HUB)
			.form("name", "Matrix page {rand}", "senders", "AGENCY", "accounts", "UNIT", "unit", "{unit}"));
		rows.add(at("POST /workspace/approval-rules/{id}", "POST /workspace/approval-rules/{approvalRule}", HUB)
			.form("name", "Matrix page {rand}", "senders", "AGENCY", "accounts", "SUBTREE", "unit", "{unit}"));
		rows.add(at("POST /workspace/approval-rules/{id}/delete", "POST /workspace/approval-rules/{approvalRule}/delete", HUB)
			.fresh("approval-rule"));
		rows.add(row("GET /api/v1/workspace/saved-replies", SIGNED_IN));
		// saved replies are written by those who run the unit's accounts
		rows.add(row("POST /api/v1/workspace/saved-replies", CHANNELS)
			.json("{\"unit\": \"{unit}\", \"name\": \"Matrix {rand}\", \"variants\": {\"fr\": \"Bonjour {name}\"}}"));
		rows.add(at("DELETE /api/v1/workspace/saved-replies/{id}", "DELETE /api/v1/workspace/saved-replies/{reply}",
				CHANNELS).fresh("reply"));
		String conversation = "/workspace/conversations/{conversation}";
		rows.add(at("GET /workspace/conversations/{id}", "GET " + conversation, READ));
		rows.add(at("GET /workspace/conversations/{id}/activity", "GET " + conversation + "/activity", READ));
		rows.add(at("GET /workspace/conversations/{id}/presence", "GET " + conversation + "/presence", READ));
		rows.add(at("POST /workspace/conversations/{id}/reply", "POST " + conversation + "/reply", WORK)
			.form("text", "Merci, nous regardons."));
		rows.add(at("POST /workspace/conversations/{id}/status", "POST " + conversation + "/status", WORK)
			.form("status", "PENDING"));
		rows.add(at("POST /workspace/conversations/{id}/tags", "POST " + conversation + "/tags", WORK).form("tag", "matrix"));
		rows.add(at("POST /workspace/conversations/{id}/tags/{tag}/delete", "POST " + conversation + "/tags/matrix/delete",
				WORK));
		rows.add(at("POST /workspace/conversations/{id}/notes", "POST " + conversation + "/notes", WORK)
			.form("body", "a note"));
		rows.add(at("POST /workspace/conversations/{id}/messages/{message}/{action}",
				"POST " + conversation + "/messages/{message}/hide", WORK));
		rows.add(at("GET /workspace/conversations/{id}/saved-replies/{reply}",
				"GET " + conversation + "/saved-replies/{reply}", WORK));
		rows.add(at("POST /workspace/conversations/{id}/typing", "POST " + conversation + "/typing", WORK));

		// added on main after the matrix was first written (15:35 wave); rules read from the code, see the report
		// a platform's own webhook: open to the platform, which proves itself by its verify token or signature
		rows.add(at("GET /api/v1/channels/{id}/webhook", "GET /api/v1/channels/{hook}/webhook", new Handshake()));
		rows.add(at("POST /api/v1/channels/{id}/webhook", "POST /api/v1/channels/{hook}/webhook", SIGNED));
		rows.add(at("GET /channels/connect/callback", "GET /channels/connect/callback", SIGNED_IN));
		rows.add(at("GET /channels/connect/{platform}", "GET /channels/connect/x?team={team}", on(CHANNELS_MANAGE)));
		rows.add(at("GET /channels/{id}/reconnect", "GET /channels/{channel}/reconnect", CHANNELS));
		rows.add(row("GET /queues", SIGNED_IN));
		rows.add(row("GET /queues/board", SIGNED_IN));
		rows.add(at("GET /s/{key}/comments", "GET /s/{slug}/comments?page=home&locale=fr", PUBLIC));
		rows.add(at("POST /s/{key}/comments", "POST /s/{slug}/comments", PUBLIC)
			.form("page", "home", "locale", "fr", "name", "Visitor", "body", "Bonjour"));
		rows.add(at("GET /sites/{id}/comments", "GET /sites/{site}/comments", SITES));
		rows.add(at("POST /api/v1/sites/{id}/clone", "POST /api/v1/sites/{site}/clone", SITES)
			.json("{\"unit\": \"{unit}\", \"name\": \"Clone {rand}\", \"slug\": \"clone-{rand}\", \"locales\": [\"fr\"]}"));
		rows.add(at("POST /sites/{id}/clone", "POST /sites/{site}/clone", SITES)
			.form("unit", "{unit}", "name", "Clone {rand}", "slug", "clonep-{rand}", "locales", "fr"));
		rows.add(row("GET /workspace/approvals", SIGNED_IN));
		rows.add(row("GET /workspace/saved-replies", SIGNED_IN));
		rows.add(row("POST /workspace/saved-replies", CHANNELS).refusedOnTheForm()
			.form("unit", "{unit}", "name", "Page reply {rand}", "language", "fr", "text", "Bonjour"));
		rows.add(at("POST /workspace/saved-replies/{id}", "POST /workspace/saved-replies/{reply}", CHANNELS)
			.refusedOnTheForm().form("name", "Page reply {rand}", "language", "fr", "text", "Bonjour"));
		rows.add(at("POST /workspace/saved-replies/{id}/delete", "POST /workspace/saved-replies/{reply}/delete", CHANNELS)
			.refusedOnTheForm().fresh("reply"));
		rows.add(at("PUT /api/v1/workspace/saved-replies/{id}", "PUT /api/v1/workspace/saved-replies/{reply}", CHANNELS)
			.json("{\"name\": \"Matrix {rand}\", \"variants\": {\"fr\": \"Bonjour\"}}"));
		rows.add(at("POST /workspace/queues/{id}/next", "POST /workspace/queues/{queue}/next", WORK));
		rows.add(at("GET /workspace/conversations/{id}/ownership", "GET " + conversation + "/ownership", READ));
		// taken from a colleague who is away (the hub admin, set away before each call)
		rows.add(at("POST /workspace/conversations/{id}/take", "POST " + conversation + "/take", WORK).fresh("hub-away"));
		rows.add(at("POST /workspace/conversations/{id}/hand-off", "POST " + conversation + "/hand-off", HAND_OFF)
			.form("to", "team:{team}", "note", "over to you").fresh("held-by-hub"));
		rows.add(at("POST /workspace/conversations/{id}/escalate", "POST " + conversation + "/escalate", WORK)
			.form("to", "HUB", "reason", "needs the hub"));
		rows.add(at("POST /workspace/conversations/{id}/held-replies/{reply}/approve",
				"POST " + conversation + "/held-replies/{missing}/approve", WORK).missingSubject().refusedAsEither());
		rows.add(at("POST /workspace/conversations/{id}/held-replies/{reply}/reject",
				"POST " + conversation + "/held-replies/{missing}/reject", WORK).missingSubject().refusedAsEither()
			.form("note", "not our tone"));
		for (String report : List.of("sla", "backlog", "resolution")) {
			rows.add(at("GET /api/v1/reports/{report}", "GET /api/v1/reports/" + report + "?unit={unit}", REPORTS));
			rows.add(at("GET /api/v1/reports/{report}.csv", "GET /api/v1/reports/" + report + ".csv?unit={unit}", REPORTS));
		}

		// analytics
		rows.add(row("GET /api/v1/alerts", SIGNED_IN));
		rows.add(row("GET /api/v1/alerts/rules", SIGNED_IN));
		rows.add(row("GET /reports/alerts", SIGNED_IN));
		// alert thresholds are set by who manages the unit's policies; a unit one holds nothing on is unknown
		rows.add(row("POST /api/v1/alerts/rules", new OnUnit(EnumSet.allOf(Permission.class), POLICIES_MANAGE))
			.json("{\"unit\": \"{unit}\", \"kind\": \"volume\", \"threshold\": 50}"));
		rows.add(at("DELETE /api/v1/alerts/rules/{id}", "DELETE /api/v1/alerts/rules/{alert}",
				on(POLICIES_MANAGE, ANALYTICS_READ)).fresh("alert"));
		// the same thresholds through the alerts page's form
		rows.add(row("POST /reports/alerts/rules", new OnUnit(EnumSet.allOf(Permission.class), POLICIES_MANAGE))
			.form("unit", "{unit}", "kind", "VOLUME", "threshold", "50", "windowMinutes", "60"));
		rows.add(at("POST /reports/alerts/rules/{id}/delete", "POST /reports/alerts/rules/{alert}/delete",
				on(POLICIES_MANAGE, ANALYTICS_READ)).fresh("alert"));
		rows.add(row("GET /reports/monitoring", anywhere(ANALYTICS_READ)));
		rows.add(at("GET /reports", "GET /reports?unit={unit}", REPORTS));
		rows.add(at("GET /reports/conversations", "GET /reports/conversations?unit={unit}", REPORTS));
		rows.add(at("GET /reports/breakdown", "GET /reports/breakdown?by=team&unit={unit}", REPORTS));
		rows.add(at("GET /api/v1/reports/conversations", "GET /api/v1/reports/conversations?unit={unit}", REPORTS));
		rows.add(at("GET /api/v1/reports/conversations.csv", "GET /api/v1/reports/conversations.csv?unit={unit}", REPORTS));
		for (String report : List.of("volumes", "volumes.csv", "first-response", "first-response.csv")) {
			rows.add(at("GET /api/v1/reports/" + report, "GET /api/v1/reports/" + report + "?unit={unit}", REPORTS));
		}

		// sites
		rows.add(row("GET /sites", SIGNED_IN));
		// the new-site form answers every refusal alike, on the form
		rows.add(row("POST /sites", SITES).refusedOnTheForm().form("unit", "{unit}", "blueprint", "{blueprint}", "name", "Matrix {rand}",
				"slug", "mx-{rand}", "locales", "fr"));
		rows.add(at("GET /sites/{id}", "GET /sites/{site}", SITES));
		rows.add(at("POST /sites/{id}/settings", "POST /sites/{site}/settings", SITES)
			.form("name", "Matrix site", "locales", "fr"));
		rows.add(at("POST /sites/{id}/publish", "POST /sites/{site}/publish", SITES));
		rows.add(at("POST /sites/{id}/check", "POST /sites/{site}/check", SITES));
		rows.add(at("GET /sites/{id}/download.zip", "GET /sites/{site}/download.zip", SITES));
		rows.add(at("GET /sites/{id}/preview", "GET /sites/{site}/preview/fr/", SITES));
		rows.add(at("GET /sites/{id}/pages/{slug}/{locale}", "GET /sites/{site}/pages/home/fr", SITES));
		rows.add(at("POST /sites/{id}/pages/{slug}/{locale}", "POST /sites/{site}/pages/home/fr", SITES)
			.form("title", "Accueil", "body", "Bonjour."));
		rows.add(at("POST /sites/{id}/pages/{slug}/{locale}/{action}", "POST /sites/{site}/pages/home/fr/submit", SITES));
		rows.add(at("POST /sites/{id}/pages/{slug}/{locale}/restore/{revision}",
				"POST /sites/{site}/pages/home/fr/restore/{revision}", SITES));
		rows.add(at("POST /sites/{id}/pages", "POST /sites/{site}/pages", SITES)
			.form("slug", "p{rand}", "title", "Matrix page"));
		rows.add(at("POST /sites/{id}/regions/{region}/{locale}", "POST /sites/{site}/regions/announcement/fr", SITES)
			.form("body", "Annonce"));
		rows.add(row("GET /sites/compliance", SIGNED_IN));
		rows.add(row("GET /sites/compliance.csv", SIGNED_IN));
		rows.add(row("GET /api/v1/sites/compliance", SIGNED_IN));
		rows.add(row("POST /sites/compliance/run", HUB));
		rows.add(row("GET /sites/rollouts", HUB));
		rows.add(row("POST /sites/rollouts", HUB).form("blueprint", "{blueprint}", "version", "2"));
		rows.add(at("GET /sites/rollouts/{id}", "GET /sites/rollouts/{rollout}", HUB));
		rows.add(at("GET /sites/rollouts/{id}/progress", "GET /sites/rollouts/{rollout}/progress", HUB));
		rows.add(at("POST /sites/rollouts/{id}/run", "POST /sites/rollouts/{rollout}/run", HUB));
		rows.add(at("POST /sites/rollouts/{id}/rollback", "POST /sites/rollouts/{rollout}/rollback", HUB));
		rows.add(row("GET /api/v1/sites/rollouts", HUB));
		rows.add(row("POST /api/v1/sites/rollouts", HUB).json("{\"blueprint\": \"{blueprint}\", \"version\": 2}"));
		rows.add(at("GET /api/v1/sites/rollouts/{id}", "GET /api/v1/sites/rollouts/{rollout}", HUB));
		rows.add(at("POST /api/v1/sites/rollouts/{id}/run", "POST /api/v1/sites/rollouts/{rollout}/run", HUB));
		rows.add(at("POST /api/v1/sites/rollouts/{id}/rollback", "POST /api/v1/sites/rollouts/{rollout}/rollback", HUB));
		rows.add(row("GET /api/v1/sites/blueprints", anywhere(SITES_EDIT)));
		rows.add(at("GET /api/v1/sites/blueprints/{id}/versions/{version}",
				"GET /api/v1/sites/blueprints/{blueprint}/versions/1", anywhere(SITES_EDIT)));
		rows.add(row("POST /api/v1/sites/blueprints", HUB).json("{\"name\": \"Matrix {rand}\", \"definition\": {blueprintDefinition}}"));
		rows.add(at("PUT /api/v1/sites/blueprints/{id}/draft", "PUT /api/v1/sites/blueprints/{blueprint}/draft", HUB)
			.json("{blueprintDefinition}"));
		rows.add(at("POST /api/v1/sites/blueprints/{id}/versions/{version}/publish",
				"POST /api/v1/sites/blueprints/{blueprint}/versions/2/publish", HUB));
		rows.add(row("GET /sites/blueprints", HUB));
		rows.add(row("POST /sites/blueprints", HUB).form("name", "Matrix page blueprint {rand}", "from", "{blueprint}"));
		rows.add(at("GET /sites/blueprints/{id}", "GET /sites/blueprints/{blueprint}", HUB));
		rows.add(at("POST /sites/blueprints/{id}", "POST /sites/blueprints/{blueprint}", HUB).form("locales", "not-a-locale"));
		rows.add(at("POST /sites/blueprints/{id}/versions/{version}/publish",
				"POST /sites/blueprints/{blueprint}/versions/1/publish", HUB));
		rows.add(at("GET /s/{key}", "GET /s/{slug}", PUBLIC));
		rows.add(at("GET /s/{key}", "GET /s/{slug}/", PUBLIC));
		return List.copyOf(rows);
	}
}
