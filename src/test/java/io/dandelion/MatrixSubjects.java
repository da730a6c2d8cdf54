package io.dandelion;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.ItemSink;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.Units;
import io.dandelion.sites.internal.SitesForOtherTests;
import io.dandelion.support.PipelineQuiet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The subjects the authorisation matrix acts on, one set in a business unit under France and one under Spain, made
 * as the hub admin through the real API (and, for customer messages, the real ingest): a team, a member, an agency
 * contract, a channel with conversations, a message in review, a dead letter, a simulation, a saved reply, a
 * published site; and for each caller their own token and saved view.
 */
final class MatrixSubjects {

	private static final String HUB = "hub.admin";
	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final ApplicationContext context;
	private final Map<String, Map<String, String>> byUnit = new HashMap<>();
	private @Nullable MockMvc mvc;

	MatrixSubjects(ApplicationContext context) {
		this.context = context;
	}

	UnitId unit(String key) {
		return UnitId.of(byUnit.get(key).get("unit"));
	}

	Map<String, String> of(String key) {
		return byUnit.get(key);
	}

	void make(MockMvc mvc) throws Exception {
		this.mvc = mvc;
		var units = context.getBean(Units.class);
		var system = context.getBean(MemberDirectory.class).system();
		String blueprint = SitesForOtherTests.blueprint(context, system);
		for (String country : List.of("fr", "es")) {
			Map<String, String> s = new HashMap<>();
			String parent = units.findByCode(country).orElseThrow().id().toString();
			s.put("unit", id(call(post("/api/v1/units"), """
					{"code": "matrix-%s", "name": "Matrix %s", "kind": "BUSINESS_UNIT", "parent": "%s",
					 "timeZone": "Europe/Madrid", "languages": ["%s"]}""".formatted(country, country, parent, country))));
			s.put("team", id(call(post("/api/v1/teams"),
					json("{'unit': '%s', 'name': 'Matrix care', 'kind': 'CARE_HELPERS', 'capacity': 5}", s.get("unit")))));
			s.put("team2", id(call(post("/api/v1/teams"),
					json("{'unit': '%s', 'name': 'Matrix community', 'kind': 'COMMUNITY', 'capacity': 5}", s.get("unit")))));
			s.put("member", id(call(post("/api/v1/members"), json("""
					{'username': 'matrix.%s', 'displayName': 'Matrix %s', 'homeUnit': '%s', 'password': 'matrix-password',
					 'languages': [{'language': '%s', 'level': 'NATIVE'}]}""", country, country, s.get("unit"), country))));
			s.put("username", "matrix." + country);
			call(post("/api/v1/members/" + s.get("member") + "/grants"), json("{'role': 'AGENT', 'unit': '%s'}", s.get("unit")));
			call(put("/api/v1/teams/" + s.get("team") + "/members/" + s.get("member")), "{\"capacity\": 5}");
			s.put("agency", id(call(post("/api/v1/agencies"), json("{'name': 'Matrix agency %s'}", country))));
			s.put("contract", id(call(post("/api/v1/agencies/" + s.get("agency") + "/contracts"),
					json("{'name': 'Matrix %s', 'units': ['%s'], 'languages': ['%s']}", country, s.get("unit"), country))));
			s.put("channel", channel(s.get("unit"), s.get("team")));
			conversations(s, country);
			s.put("simulation", simulation(s.get("unit")));
			s.put("reply", savedReply(s.get("unit")));
			s.put("blueprint", blueprint);
			s.put("blueprintDefinition", JsonPath.parse((Object) JsonPath.read(
					call(HUB, get("/api/v1/sites/blueprints/" + blueprint + "/versions/1"), null, false), "$.definition"))
				.jsonString());
			s.putAll(SitesForOtherTests.publishedSite(context, system, UnitId.of(s.get("unit")), blueprint));
			s.put("queue", queue(parent));
			s.put("sla", sla(s.get("unit")));
			s.put("alert", id(call(post("/api/v1/alerts/rules"),
					json("{'unit': '%s', 'kind': 'volume', 'threshold': 50}", s.get("unit")))));
			s.put("approvalRule", approvalRule(s.get("unit")));
			byUnit.put(country, s);
		}
		String rollout = SitesForOtherTests.rollout(context, system, blueprint);
		byUnit.values().forEach(s -> s.put("rollout", rollout));
		// the things of another member, which nobody else may touch
		Map<String, String> theirs = ownedBy(mvc, "matrix.fr");
		byUnit.values().forEach(s -> s.putAll(theirs));
	}

	/** A new token and saved view of {@code caller}'s own, for a call that may use them up. */
	Map<String, String> ownedBy(MockMvc mvc, String caller) {
		try {
			var directory = context.getBean(MemberDirectory.class);
			var scope = directory.scopeOf(directory.findByUsername(caller).orElseThrow().id());
			// a token carries a role its member holds on a unit: the first grant, on a unit it fully covers
			String grants = call(HUB, get("/api/v1/members/" + scope.member().orElseThrow().value() + "/grants"), null,
					false);
			var role = io.dandelion.organisation.Role.valueOf(JsonPath.read(grants, "$[0].role"));
			var unit = role.permissions()
				.stream()
				.flatMap(p -> scope.units(p).stream())
				.filter(u -> role.permissions().stream().allMatch(p -> scope.can(p, u)))
				.findFirst()
				.orElseThrow();
			String token = call(caller, post("/api/v1/tokens"), json("{'name': 'mine %d', 'role': '%s', 'unit': '%s'}",
					COUNTER.incrementAndGet(), role, unit), true);
			Map<String, String> things = new HashMap<>();
			things.put("token", JsonPath.read(token, "$.token.id").toString());
			things.put("view", id(call(caller, post("/api/v1/workspace/views"),
					json("{'name': 'Mine %d'}", COUNTER.incrementAndGet()), true)));
			return things;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** A new subject of {@code kind} for a call that uses one up. */
	Map<String, String> fresh(MockMvc mvc, String kind, String country) throws Exception {
		Map<String, String> s = byUnit.get(country);
		return switch (kind) {
			case "channel" -> Map.of("channel", channel(s.get("unit"), s.get("team")));
			case "reply" -> Map.of("reply", savedReply(s.get("unit")));
			case "sla" -> Map.of("sla", sla(s.get("unit")));
			case "alert" -> Map.of("alert", id(call(post("/api/v1/alerts/rules"),
					json("{'unit': '%s', 'kind': 'volume', 'threshold': 50}", s.get("unit")))));
			case "hub-away" -> {
				// the hub admin holds the conversation and is away, so that anyone who may work it may take it
				call(post("/api/v1/conversations/" + s.get("conversation") + "/take"), null);
				call(put("/api/v1/presence"), "{\"presence\": \"OFFLINE\"}");
				yield Map.of();
			}
			case "held-by-hub" -> {
				call(post("/api/v1/conversations/" + s.get("conversation") + "/take"), null);
				yield Map.of();
			}
			case "team-member" -> {
				call(put("/api/v1/teams/" + s.get("team") + "/members/" + s.get("member")), "{\"capacity\": 5}");
				yield Map.of();
			}
			case "approval-rule" -> Map.of("approvalRule", approvalRule(s.get("unit")));
			case "grant" -> {
				call(post("/api/v1/members/" + s.get("member") + "/grants"),
						json("{'role': 'ANALYST', 'unit': '%s'}", s.get("unit")));
				yield Map.of();
			}
			default -> throw new IllegalArgumentException(kind);
		};
	}

	private String channel(String unit, String team) throws Exception {
		return id(call(post("/api/v1/channels"), json("""
				{'unit': '%s', 'ownerTeam': '%s', 'platform': 'simulator', 'handle': '@matrix_%d',
				 'credentials': {'languages': 'fr', 'seed': '5'}}""", unit, team, COUNTER.incrementAndGet())));
	}

	/** Two customers write, one with personal data in public, which the demo policy sends to review. */
	private void conversations(Map<String, String> s, String country) throws Exception {
		var sink = context.getBean(ItemSink.class);
		String text = country.equals("fr") ? "Ma box ne marche plus depuis hier, aidez-moi"
				: "Mi router no funciona desde ayer, ayuda por favor";
		String pii = country.equals("fr") ? "Appelez-moi au 06 12 34 56 78 ou jean.dupont@example.com"
				: "Llamadme al 612 345 678 o juan.garcia@example.com";
		sink.accept(ChannelId.of(s.get("channel")), List.of(item("a1", text), item("a2", pii)));
		PipelineQuiet.await(context.getBean(DataSource.class), Duration.ofSeconds(60));
		String list = call(HUB, get("/api/v1/conversations?unit=" + s.get("unit")), null, false);
		// the customer's problem is the conversation worked on (routed to a queue); the hidden one only lends its contact
		String problem = JsonPath.<List<String>>read(list, "$.items[?(@.latestText == '" + text + "')].id").get(0);
		String hidden = JsonPath.<List<String>>read(list, "$.items[?(@.latestText != '" + text + "')].id").get(0);
		s.put("conversation", problem);
		String thread = call(HUB, get("/api/v1/conversations/" + problem), null, false);
		s.put("message", JsonPath.<List<String>>read(thread, "$.messages[*].id").get(0));
		s.put("contact", JsonPath.<List<String>>read(thread, "$.messages[*].author.id").get(0));
		String other = call(HUB, get("/api/v1/conversations/" + hidden), null, false);
		s.put("contact2", JsonPath.<List<String>>read(other, "$.messages[*].author.id").get(0));
		// a review, waited for: the pipeline runs after the ingest's commit
		for (int attempt = 0; attempt < 120 && !s.containsKey("review"); attempt++) {
			List<String> reviews = JsonPath.read(call(HUB, get("/api/v1/reviews?limit=500"), null, false),
					"$[?(@.unit == '" + s.get("unit") + "')].id");
			if (!reviews.isEmpty()) {
				s.put("review", reviews.get(0));
			}
			else {
				Thread.sleep(500);
			}
		}
		if (!s.containsKey("review")) {
			throw new IllegalStateException("the message with personal data never reached review in " + country);
		}
		// an unsigned delivery to a webhook channel is refused and kept as a dead letter
		s.put("hook", id(call(post("/api/v1/channels"), json("""
				{'unit': '%s', 'ownerTeam': '%s', 'platform': 'webhook', 'handle': 'crm-%d',
				 'credentials': {'webhook_secret': 'matrix-secret'}}""", s.get("unit"), s.get("team"), COUNTER.incrementAndGet()))));
		mvc.perform(post("/api/v1/channels/" + s.get("hook") + "/items").contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\": \"dl\"}"));
		s.put("letter", JsonPath.<List<String>>read(
				call(HUB, get("/api/v1/channels/" + s.get("hook") + "/dead-letters"), null, false), "$[*].id").get(0));
	}

	private String simulation(String unit) throws Exception {
		var result = mvc.perform(post("/moderation/policies/" + unit + "/simulations").param("rules", "[]")
			.param("days", "1")
			.with(user(HUB))
			.with(csrf())).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		if (location == null || !location.startsWith("/moderation/simulations/")) {
			throw new IllegalStateException("no simulation started: " + location + " " + result.getFlashMap());
		}
		return location.substring("/moderation/simulations/".length());
	}

	/** A rule that holds agency staff's replies on the unit's accounts (no caller of the matrix works for an agency there). */
	private String approvalRule(String unit) throws Exception {
		return id(call(post("/api/v1/workspace/approval-rules"), json(
				"{'name': 'Matrix approval %d', 'senders': 'agency', 'accounts': 'unit', 'unit': '%s'}",
				COUNTER.incrementAndGet(), unit)));
	}

	private String sla(String unit) throws Exception {
		return id(call(post("/api/v1/sla-policies"), json(
				"{'name': 'Matrix SLA %d', 'unit': '%s', 'platform': 'p%d', 'firstResponse': 'PT4H', 'nextResponse': 'PT8H', 'resolution': 'P2D'}",
				COUNTER.incrementAndGet(), unit, COUNTER.incrementAndGet())));
	}

	private String savedReply(String unit) throws Exception {
		return id(call(post("/api/v1/workspace/saved-replies"), json(
				"{'unit': '%s', 'name': 'Matrix %d', 'variants': {'fr': 'Bonjour', 'es': 'Hola'}}", unit,
				COUNTER.incrementAndGet())));
	}

	private String queue(String countryUnit) throws Exception {
		List<String> queues = JsonPath.read(call(HUB, get("/api/v1/queues"), null, false),
				"$[?(@.unit == '" + countryUnit + "')].id");
		if (queues.isEmpty()) {
			throw new IllegalStateException("no queue in unit " + countryUnit);
		}
		return queues.get(0);
	}

	private static InboundItem item(String author, String text) {
		String id = "m-" + UUID.randomUUID();
		return new InboundItem(id, InboundItem.Kind.COMMENT, InboundItem.Direction.INBOUND, id, null,
				new InboundItem.Author(author + "-" + id, "@" + author, author), text, Instant.now(), List.of(), Map.of());
	}

	private static String json(String singleQuoted, Object... args) {
		return singleQuoted.formatted(args).replace('\'', '"');
	}

	private static String id(String json) {
		return JsonPath.read(json, "$.id").toString();
	}

	private String call(MockHttpServletRequestBuilder request, String body) throws Exception {
		return call(HUB, request, body, true);
	}

	private String call(String caller, MockHttpServletRequestBuilder request, String body, boolean json) throws Exception {
		request.with(user(caller)).with(csrf()).accept(MediaType.APPLICATION_JSON);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		var response = mvc.perform(request).andReturn().getResponse();
		if (response.getStatus() >= 300) {
			throw new IllegalStateException("setting up the matrix failed: " + response.getStatus() + " "
					+ response.getContentAsString());
		}
		return response.getContentAsString();
	}
}
