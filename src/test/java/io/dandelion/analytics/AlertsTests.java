package io.dandelion.analytics;

import static io.dandelion.analytics.Traffic.moderated;
import static io.dandelion.analytics.Traffic.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.dandelion.analytics.Traffic.Thread;
import io.dandelion.analytics.alerts.Alert;
import io.dandelion.analytics.alerts.AlertRule;
import io.dandelion.analytics.alerts.AlertRules;
import io.dandelion.analytics.alerts.KeywordHits;
import io.dandelion.analytics.alerts.SpikeWatch;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitKind;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Spike alerts against a real SMTP server (GreenMail, in the test's JVM). */
@AnalyticsTest
class AlertsTests {

	static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		MAIL.start();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
		properties.add("dandelion.alerts.first-check-after", () -> "PT24H");
	}

	@AfterAll
	static void stopMailServer() {
		MAIL.stop();
	}

	@Autowired
	RollUps rollUps;

	@Autowired
	AlertRules rules;

	@Autowired
	SpikeWatch watch;

	@Autowired
	KeywordHits keywords;

	@Autowired
	Units units;

	@Autowired
	CurrentAccess access;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	UnitId france = UnitId.random();

	ReportScopes manager = new ReportScopes(Set.of(france), Set.of(Permission.ANALYTICS_READ, Permission.POLICIES_MANAGE),
			Optional.empty());

	Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	Thread thread = Thread.on(france, ChannelId.random(), "x");

	@BeforeEach
	void franceAlone() {
		given(units.subtreeIds(france)).willReturn(Set.of(france));
		given(access.get()).willReturn(manager);
	}

	@Test
	void raisesANegativeSentimentSpikeOncePerWindowAndEmailsIt() throws Exception {
		rules.create(manager, new AlertRule(UUID.randomUUID(), france, AlertRule.Kind.NEGATIVE, null, 2, 60,
				"care-lead@example.com"));
		var angry = List.of(customer("this is a disgrace"), customer("worst service ever"), customer("still broken"));
		rollUps.record(received(angry.toArray(ReceivedMessage[]::new)));
		rollUps.record(List.of(moderated(angry.get(0), "en", "complaint", -0.8)));
		assertThat(watch.check(now)).as("one negative message is under the threshold").isEmpty();

		rollUps.record(List.of(moderated(angry.get(1), "en", "complaint", -0.9), moderated(angry.get(2), "en", "complaint", -0.5)));
		List<Alert> raised = watch.check(now);

		assertThat(raised).singleElement().satisfies(alert -> {
			assertThat(alert.observed()).isEqualTo(3);
			assertThat(alert.emailed()).isTrue();
		});
		MimeMessage[] mails = MAIL.getReceivedMessagesForDomain("example.com");
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getSubject()).isEqualTo("Dandelion alert: negative customer messages");
		assertThat(watch.check(now.plusSeconds(60))).as("not again within the window").isEmpty();
		mvc.perform(get("/reports/alerts")).andExpect(status().isOk()).andExpect(content().string(containsString("negative")));
		mvc.perform(get("/api/v1/alerts")).andExpect(jsonPath("$[0].observed").value(3));
	}

	@Test
	void countsAKeywordWhateverItsCaseInTheUnitsSubtree() {
		rules.create(manager, new AlertRule(UUID.randomUUID(), france, AlertRule.Kind.KEYWORD, "outage", 2, 30, null));
		var first = customer("Is there an OUTAGE in Lyon?");
		keywords.record(List.of(first, customer("all fine here"), Thread.on(UnitId.random(), ChannelId.random(), "x")
			.customerWrites(now.minusSeconds(60).toString())));
		keywords.record(List.of(first));
		assertThat(watch.check(now)).isEmpty();

		keywords.record(List.of(customer("outage again")));
		assertThat(watch.check(now)).singleElement().satisfies(alert -> {
			assertThat(alert.observed()).isEqualTo(2);
			assertThat(alert.emailed()).isFalse();
		});
	}

	@Test
	void letsOnlyPolicyManagersSetThresholds() throws Exception {
		given(access.get()).willReturn(ReportScopes.analystOf(france));
		mvc.perform(post("/api/v1/alerts/rules").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"unit\": \"" + france + "\", \"kind\": \"volume\", \"threshold\": 100}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/alerts/rules").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"unit\": \"" + UnitId.random() + "\", \"kind\": \"volume\", \"threshold\": 100}"))
			.andExpect(status().isNotFound());
		given(access.get()).willReturn(manager);
		mvc.perform(post("/api/v1/alerts/rules").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"unit\": \"" + france + "\", \"kind\": \"keyword\", \"threshold\": 5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("a keyword rule needs a keyword, and only a keyword rule has one"));
		mvc.perform(post("/api/v1/alerts/rules").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"unit\": \"" + france + "\", \"kind\": \"volume\", \"threshold\": 100, \"windowMinutes\": 15}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.windowMinutes").value(15));
	}

	@Test
	void setsAndRemovesAThresholdThroughTheFormInFrenchAudited() throws Exception {
		var summary = new UnitSummary(france, "fr", "<b>France</b>", UnitKind.COUNTRY, null, "Europe/Paris", List.of("fr"), "FR");
		given(units.visibleTo(any(), eq(Permission.POLICIES_MANAGE))).willReturn(List.of(summary));
		given(units.visibleTo(any(), eq(Permission.ANALYTICS_READ))).willReturn(List.of(summary));
		mvc.perform(get("/reports/alerts").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2 id=\"new-threshold\">Définir un seuil</h2>")))
			.andExpect(content().string(containsString("<option value=\"KEYWORD\">mot-clé</option>")))
			.andExpect(content().string(containsString("&lt;b&gt;France&lt;/b&gt;")));

		mvc.perform(post("/reports/alerts/rules").param("lang", "fr").with(csrf()).param("unit", france.toString())
			.param("kind", "VOLUME").param("threshold", "0").param("windowMinutes", "60"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Le seuil doit valoir au moins 1, et non 0.")))
			.andExpect(content().string(containsString("name=\"threshold\" value=\"0\"")));
		mvc.perform(post("/reports/alerts/rules").param("lang", "en").with(csrf()).param("unit", france.toString())
			.param("kind", "KEYWORD").param("threshold", "3").param("windowMinutes", "sixty"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The window must be a whole number of minutes.")));
		assertThat(rules.visibleTo(manager)).isEmpty();

		mvc.perform(post("/reports/alerts/rules").with(csrf()).param("unit", france.toString()).param("kind", "KEYWORD")
			.param("keyword", " panne ").param("threshold", "3").param("windowMinutes", "15").param("email", ""))
			.andExpect(status().is3xxRedirection());
		AlertRule rule = rules.visibleTo(manager).get(0);
		assertThat(rule).extracting(AlertRule::kind, AlertRule::keyword, AlertRule::threshold, AlertRule::windowMinutes,
				AlertRule::email)
			.containsExactly(AlertRule.Kind.KEYWORD, "panne", 3, 15, null);
		verify(audit).record(argThat(entry -> entry.action().equals("analytics.alert-rule-created")
				&& france.equals(entry.unit()) && entry.subjectId().equals(rule.id().toString())));
		mvc.perform(get("/reports/alerts").param("lang", "fr"))
			.andExpect(content().string(containsString("<td>panne</td>")))
			.andExpect(content().string(containsString("<td>15 min</td>")))
			.andExpect(content().string(containsString("Supprimer")));

		mvc.perform(post("/reports/alerts/rules/" + rule.id() + "/delete").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(rules.visibleTo(manager)).isEmpty();
		verify(audit).record(argThat(entry -> entry.action().equals("analytics.alert-rule-deleted")
				&& entry.subjectId().equals(rule.id().toString())));
	}

	@Test
	void refusesTheFormOutsideTheCallersUnitsAndRights() throws Exception {
		given(access.get()).willReturn(ReportScopes.analystOf(france));
		mvc.perform(get("/reports/alerts")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("action=\"/reports/alerts/rules\""))));
		mvc.perform(post("/reports/alerts/rules").with(csrf()).param("unit", france.toString()).param("kind", "VOLUME")
			.param("threshold", "10")).andExpect(status().isForbidden());
		mvc.perform(post("/reports/alerts/rules").with(csrf()).param("unit", UnitId.random().toString())
			.param("kind", "VOLUME").param("threshold", "10")).andExpect(status().isNotFound());
		var theirs = rules.create(manager, new AlertRule(UUID.randomUUID(), france, AlertRule.Kind.VOLUME, null, 10, 60, null));
		mvc.perform(post("/reports/alerts/rules/" + theirs.id() + "/delete").with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/reports/alerts/rules/" + UUID.randomUUID() + "/delete").with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(rules.visibleTo(manager)).hasSize(1);
	}

	private ReceivedMessage customer(String text) {
		ReceivedMessage m = thread.customerWrites(now.minusSeconds(600).toString(), "en");
		return new ReceivedMessage(m.id(), m.conversation(), m.channel(), m.unit(), m.platform(), m.kind(), m.direction(),
				m.author(), text, m.createdAt(), m.conversationLanguage(), m.externalId(), m.threadExternalId());
	}
}
