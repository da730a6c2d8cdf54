package io.dandelion.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.UnitId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class AuditWebTests {

	@Autowired
	MockMvc mvc;

	AuditFixture fixture;

	final UnitId fr = UnitId.random();
	final UnitId es = UnitId.random();

	@Autowired
	void fixture(AuditLog log, JdbcClient jdbc, TransactionTemplate transactions) {
		fixture = new AuditFixture(log, jdbc, transactions);
	}

	@BeforeEach
	void trail() {
		fixture.empty();
		fixture.record("fr.admin", "member.created", fr, "fr-1");
		fixture.record("es.admin", "member.created", es, "es-1");
		fixture.record("system", "platform.started", null, "node");
		fixture.record("<script>alert(1)</script>", "member.renamed", fr, "fr-2");
	}

	@Test
	void aHubAdminSeesEveryEntryNewestFirst() throws Exception {
		mvc.perform(get("/api/v1/audit").with(as(TestScope.hubAdmin(fr, es))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(4))
			.andExpect(jsonPath("$.entries[0].sequence").value(4))
			.andExpect(jsonPath("$.entries[1].action").value("platform.started"))
			.andExpect(jsonPath("$.entries[3].after.name").value("after fr-1"))
			.andExpect(jsonPath("$.next").doesNotExist());
	}

	@Test
	void aUnitAdminSeesOnlyTheirUnits() throws Exception {
		mvc.perform(get("/api/v1/audit").with(as(TestScope.unitAdmin("fr.admin", fr))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(2))
			.andExpect(jsonPath("$.entries[*].unit").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(fr.toString()))));
		mvc.perform(get("/api/v1/audit?unit=" + es).with(as(TestScope.unitAdmin("fr.admin", fr))))
			.andExpect(status().isNotFound());
	}

	@Test
	void filtersAndPagesWork() throws Exception {
		mvc.perform(get("/api/v1/audit?actor=es.admin").with(as(TestScope.hubAdmin(fr, es))))
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.entries[0].subjectId").value("es-1"));
		mvc.perform(get("/api/v1/audit?unit=" + fr + "&limit=1").with(as(TestScope.hubAdmin(fr, es))))
			.andExpect(jsonPath("$.entries[0].sequence").value(4))
			.andExpect(jsonPath("$.next").value(4));
		mvc.perform(get("/api/v1/audit?unit=" + fr + "&limit=1&before=4").with(as(TestScope.hubAdmin(fr, es))))
			.andExpect(jsonPath("$.entries[0].sequence").value(1));
		mvc.perform(get("/api/v1/audit?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z")
			.with(as(TestScope.hubAdmin(fr, es)))).andExpect(jsonPath("$.entries.length()").value(0));
	}

	@Test
	void badInputIsExplained() throws Exception {
		mvc.perform(get("/api/v1/audit?from=yesterday").with(as(TestScope.hubAdmin(fr))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("ISO-8601")));
		mvc.perform(get("/api/v1/audit?limit=5000").with(as(TestScope.hubAdmin(fr))))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/audit?unit=paris").with(as(TestScope.hubAdmin(fr))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void callersWithoutTheAuditPermissionAreRefused() throws Exception {
		mvc.perform(get("/api/v1/audit").with(as(TestScope.agent(fr)))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(as(TestScope.agent(fr)))).andExpect(status().isForbidden());
	}

	@Test
	void onlyHubAdminsVerifyAndTheyLearnTheFirstBrokenLink() throws Exception {
		mvc.perform(get("/api/v1/audit/verify").with(as(TestScope.unitAdmin("fr.admin", fr))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit/verify").with(as(TestScope.hubAdmin(fr, es))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.entriesChecked").value(4));
		fixture.tamper("update audit_entry set subject_id = 'es-9' where sequence = 2");
		mvc.perform(get("/api/v1/audit/verify").with(as(TestScope.hubAdmin(fr, es))))
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.brokenAt").value(2));
		mvc.perform(get("/admin/audit?verify=true").with(as(TestScope.hubAdmin(fr, es))))
			.andExpect(content().string(containsString("The chain is broken at entry 2")));
	}

	@Test
	void theBrowserEscapesWhatItShows() throws Exception {
		mvc.perform(get("/admin/audit").with(as(TestScope.hubAdmin(fr, es))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("platform.started")));
		mvc.perform(get("/admin/audit").with(as(TestScope.unitAdmin("es.admin", es))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("es-1")))
			.andExpect(content().string(not(containsString("fr-1"))))
			.andExpect(content().string(not(containsString("Verify the whole chain"))));
	}

	static RequestPostProcessor as(AccessScope scope) {
		var token = new TestingAuthenticationToken(scope, null, "ROLE_USER");
		token.setAuthenticated(true);
		return authentication(token);
	}
}
