package io.dandelion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.dandelion.AuthorisationMatrix.Outcome;
import io.dandelion.AuthorisationMatrix.OnUnit;
import io.dandelion.AuthorisationMatrix.Own;
import io.dandelion.AuthorisationMatrix.Row;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.UnitId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorisation matrix: every endpoint (read from the handler mappings, so none can be forgotten) × every demo
 * role × a subject in the caller's own country and one in another, each call checked against the rule the
 * {@link AuthorisationMatrix} declares for the endpoint and the caller's real {@link AccessScope}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTests {

	/** The demo's people, one per role; France is their own country, Spain another (except for es.admin). */
	static final List<String> CALLERS = List.of("hub.admin", "fr.admin", "es.admin", "fr.community", "fr.moderator",
			"fr.agent", "analyst", "site.editor", "agency.moderator");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MemberDirectory directory;

	@Autowired
	DemoOrganisationForTests demo;

	@Autowired
	org.springframework.context.ApplicationContext context;

	MatrixSubjects subjects;

	final Map<String, AccessScope> scopes = new LinkedHashMap<>();

	@BeforeAll
	void acmeTelecomWithSubjectsInFranceAndSpain() throws Exception {
		demo.seed();
		subjects = new MatrixSubjects(context);
		subjects.make(mvc);
		for (String caller : CALLERS) {
			scopes.put(caller, directory.scopeOf(directory.findByUsername(caller).orElseThrow().id()));
		}
	}

	@Test
	void theMatrixListsEveryEndpoint() {
		var actual = mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap(info -> info.getPatternValues()
				.stream()
				.flatMap(pattern -> (info.getMethodsCondition().getMethods().isEmpty()
						? List.of(org.springframework.web.bind.annotation.RequestMethod.GET)
						: info.getMethodsCondition().getMethods()).stream().map(method -> method + " " + normal(pattern))))
			.collect(Collectors.toCollection(TreeSet::new));
		var declared = AuthorisationMatrix.ROWS.stream().map(Row::mapping).collect(Collectors.toCollection(TreeSet::new));
		assertThat(declared).as("every endpoint needs a row in AuthorisationMatrix (and every row an endpoint)")
			.isEqualTo(actual);
	}

	private static String normal(String pattern) {
		return pattern.replace("/**", "").replaceAll("\\{(\\w+):[^}]*}", "{$1}").replaceFirst("(.)/$", "$1");
	}

	@Test
	void everyEndpointAnswersEveryRoleAsItsRuleSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		int calls = 0;
		for (Row row : AuthorisationMatrix.ROWS) {
			List<Call> planned = plan(row);
			// refusals first: a caller who must be refused meets the subject as it was made
			planned.sort((a, b) -> Boolean.compare(a.expected == Outcome.SERVED, b.expected == Outcome.SERVED));
			for (Call call : planned) {
				calls++;
				String problem;
				try {
					problem = perform(row, call);
				}
				catch (Exception e) {
					// an exception nobody answered for reaches the caller as a 500
					problem = "expected " + call.expected + ", the call threw " + e;
				}
				if (problem != null) {
					wrong.add(row.method() + " " + row.path() + " as " + call.caller + " on " + call.unitKey + ": " + problem);
				}
			}
		}
		assertThat(wrong).as("%d calls; these answered against their rule", calls).isEmpty();
	}

	/** One call of the matrix: who, on which country's subject, and what they should get. */
	record Call(@Nullable String caller, String unitKey, boolean mine, Outcome expected) {
	}

	private List<Call> plan(Row row) {
		List<Call> calls = new ArrayList<>();
		boolean perUnit = row.rule() instanceof OnUnit;
		boolean perOwner = row.rule() instanceof Own;
		calls.add(new Call(null, "fr", false, AuthorisationMatrix.expected(row.rule(), null, false, subjects.unit("fr"))));
		for (String caller : CALLERS) {
			AccessScope scope = scopes.get(caller);
			if (perUnit) {
				for (String unit : List.of("fr", "es")) {
					calls.add(new Call(caller, unit, false,
							AuthorisationMatrix.expected(row.rule(), scope, false, subjects.unit(unit))));
				}
			}
			else if (perOwner) {
				calls.add(new Call(caller, "fr", false, AuthorisationMatrix.expected(row.rule(), scope, false, subjects.unit("fr"))));
				calls.add(new Call(caller, "fr", true, AuthorisationMatrix.expected(row.rule(), scope, true, subjects.unit("fr"))));
			}
			else {
				calls.add(new Call(caller, "fr", false, AuthorisationMatrix.expected(row.rule(), scope, false, subjects.unit("fr"))));
			}
		}
		return calls;
	}

	private static final AtomicInteger RAND = new AtomicInteger();

	/** Performs the call; returns what was wrong with the answer, or null. */
	private @Nullable String perform(Row row, Call call) throws Exception {
		Map<String, String> values = new LinkedHashMap<>(subjects.of(call.unitKey));
		values.put("rand", String.valueOf(RAND.incrementAndGet()));
		values.put("missing", java.util.UUID.randomUUID().toString());
		if (call.mine) {
			values.putAll(subjects.ownedBy(mvc, call.caller));
		}
		// most subjects are made anew only for a call that will use one up; a held conversation is held anew for every call
		if (row.fresh() != null && (call.expected == Outcome.SERVED || row.fresh().equals("held-by-hub")
				|| row.fresh().equals("hub-away"))) {
			values.putAll(subjects.fresh(mvc, row.fresh(), call.unitKey));
		}
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(row.method()), fill(row.path(), values))
			.with(csrf());
		if (call.caller != null) {
			request.with(user(call.caller));
		}
		if (row.json() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(fill(row.json(), values));
		}
		row.form().forEach((name, value) -> request.param(name, fill(value, values)));
		request.accept(row.api() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		if (row.path().endsWith("/webhook")) {
			request.accept(MediaType.ALL);
		}
		if (row.path().endsWith("/live")) {
			request.accept(MediaType.TEXT_EVENT_STREAM);
		}
		MvcResult result = mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		boolean toSignIn = status / 100 == 3 && location != null && location.endsWith("/login");
		var flash = result.getFlashMap();
		boolean flashedError = status / 100 == 3 && flash != null && flash.containsKey("error");
		String got = status + (location == null ? "" : " → " + location) + (flashedError ? " (" + flash.get("error") + ")" : "");
		boolean ok = switch (call.expected) {
			case UNAUTHENTICATED -> row.api() ? status == 401 : toSignIn;
			case NOT_VERIFIED -> status >= 400 && status < 500 && status != 406;
			case HIDDEN -> status == 404 || (row.refusedOnForm() && flashedError) || (row.refusedEitherWay() && status == 403);
			// a page form may send the caller back to it with the reason instead
			case REFUSED -> status == 403 || (!row.api() && row.method().equals("POST") && flashedError)
					|| (row.refusedEitherWay() && status == 404);
			case SERVED -> row.missing() ? status == 404
					: row.rule() instanceof AuthorisationMatrix.ErrorPage ? status != 401 && !toSignIn
					: status < 500 && status != 401 && status != 403 && status != 404 && !toSignIn;
		};
		return ok ? null : "expected " + call.expected + ", got " + got + " " + abbreviate(result.getResponse().getContentAsString());
	}

	private static String abbreviate(String body) {
		String flat = body.replaceAll("\\s+", " ");
		return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
	}

	static String fill(String template, Map<String, String> values) {
		var placeholders = java.util.regex.Pattern.compile("\\{([a-z][A-Za-z0-9]*)}").matcher(template);
		while (placeholders.find()) {
			// {name} is a saved reply's own placeholder, left for the reply
			if (!values.containsKey(placeholders.group(1)) && !placeholders.group(1).equals("name")) {
				throw new IllegalStateException("no subject for {" + placeholders.group(1) + "} in " + template);
			}
		}
		String filled = template;
		for (var value : values.entrySet()) {
			filled = filled.replace("{" + value.getKey() + "}", value.getValue());
		}
		return filled;
	}
}
