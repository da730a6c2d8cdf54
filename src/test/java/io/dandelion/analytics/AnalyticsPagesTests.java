package io.dandelion.analytics;

import static io.dandelion.analytics.Traffic.moderated;
import static io.dandelion.analytics.Traffic.received;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.analytics.Traffic.Thread;
import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.ConversationStatus;
import io.dandelion.conversations.ConversationStatusChanged;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamKind;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitKind;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import io.dandelion.routing.ConversationsRouted;
import io.dandelion.routing.ConversationsRouted.RoutedConversation;
import io.dandelion.routing.QueueId;
import io.dandelion.routing.RoutingDecision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report pages and the drill-down: France (named with markup) and Germany beside it; a French
 * complaint answered after 20 minutes and a German message nobody answered.
 */
@AnalyticsTest
class AnalyticsPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RollUps rollUps;

	@Autowired
	WorkRecords work;

	@Autowired
	CurrentAccess access;

	@Autowired
	Units units;

	@Autowired
	Teams teams;

	UnitId france = UnitId.random();

	UnitId germany = UnitId.random();

	Thread inFrance = Thread.on(france, ChannelId.random(), "x");

	Thread inGermany = Thread.on(germany, ChannelId.random(), "x");

	@BeforeEach
	void traffic() {
		given(units.subtreeIds(france)).willReturn(Set.of(france));
		var summary = new UnitSummary(france, "fr", "<b>France</b>", UnitKind.COUNTRY, null, "Europe/Paris", List.of("fr"),
				"FR");
		given(units.find(france)).willReturn(Optional.of(summary));
		given(units.visibleTo(any(), eq(Permission.ANALYTICS_READ))).willReturn(List.of(summary));
		var complaint = inFrance.customerWrites("2026-11-02T09:00:00Z");
		rollUps.record(received(complaint, inFrance.brandAnswers("2026-11-02T09:20:00Z"),
				inGermany.customerWrites("2026-11-02T09:00:00Z")));
		rollUps.record(List.of(moderated(complaint, "fr", "complaint", -0.7)));
		work.record(new ConversationStatusChanged(inFrance.id(), france, ConversationStatus.OPEN,
				ConversationStatus.RESOLVED, "agent", Instant.parse("2026-11-02T10:00:00Z")));
		given(access.get()).willReturn(ReportScopes.analystOf(france));
	}

	@Test
	void showsEachReportAsAChartFromDataAndATableWithUserTextEscaped() throws Exception {
		mvc.perform(get("/reports").param("from", "2026-11-02").param("to", "2026-11-02").param("unit", france.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<script src=\"/js/reports.js\" defer></script>")))
			.andExpect(content().string(containsString("data-chart=\"{&#34;type&#34;:&#34;bar&#34;")))
			.andExpect(content().string(containsString("&lt;b&gt;France&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("<b>France</b>"))))
			.andExpect(content().string(containsString("<td>20 min 00 s</td>")))
			.andExpect(content().string(containsString("<td>1 h 00 min</td>")));
	}

	@Test
	void showsTheReportsInFrenchWithEveryHeadingAndAxis() throws Exception {
		mvc.perform(get("/reports").param("lang", "fr").param("from", "2026-11-02").param("to", "2026-11-02")
			.param("unit", france.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Rapports</h1>")))
			// the main navigation's entry too
			.andExpect(content().string(containsString("<a href=\"/reports\" aria-current=\"page\">Rapports</a>")))
			.andExpect(content().string(containsString("<h2 id=\"volumes\">Messages reçus et envoyés</h2>")))
			.andExpect(content().string(containsString("<th scope=\"col\">Jour</th><th scope=\"col\">Reçus</th>")))
			.andExpect(content().string(containsString("<th scope=\"col\">En attente depuis</th>")))
			.andExpect(content().string(containsString("<option value=\"week\">Semaine</option>")))
			// chart series and axis titles travel in the chart's JSON
			.andExpect(content().string(containsString("&#34;label&#34;:&#34;Reçus&#34;")))
			.andExpect(content().string(containsString("&#34;x&#34;:&#34;Jour&#34;,&#34;y&#34;:&#34;Messages&#34;")))
			.andExpect(content().string(containsString("&#34;y&#34;:&#34;% respecté&#34;")))
			.andExpect(content().string(containsString("<td>20 min 00 s</td>")))
			.andExpect(content().string(containsString("<td>100,0 %</td>")))
			.andExpect(content().string(not(containsString("Inbound"))));
		mvc.perform(get("/reports").param("lang", "en").param("from", "2026-11-02").param("to", "2026-11-02"))
			.andExpect(content().string(containsString("<th scope=\"col\">Day</th><th scope=\"col\">Inbound</th>")))
			.andExpect(content().string(containsString("&#34;x&#34;:&#34;Day&#34;,&#34;y&#34;:&#34;Messages&#34;")))
			.andExpect(content().string(containsString("<td>100.0 %</td>")))
			.andExpect(content().string(containsString("<a href=\"/reports\" aria-current=\"page\">Reports</a>")));
		mvc.perform(get("/reports/conversations").param("lang", "fr").param("from", "2026-11-01").param("to", "2026-11-30")
			.param("by", "language").param("key", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Les conversations derrière un chiffre</h1>")))
			.andExpect(content().string(containsString("une affichée (au plus 500)")))
			.andExpect(content().string(containsString("<td>résolue</td>")))
			.andExpect(content().string(containsString("<td>non attribuée</td>")));
	}

	/** The French conversation (in 1, out 1, answered in 20 min, resolved in 1 h) worked by a team named with markup. */
	@Test
	void breaksTheReportsDownByTeamWithChartsATableDrillDownsAndExports() throws Exception {
		TeamId care = TeamId.random();
		given(teams.find(care)).willReturn(Optional.of(new TeamSummary(care, france, "<i>Care</i>", TeamKind.CARE_HELPERS, List.of("fr"))));
		work.record(new ConversationsRouted(List.of(new RoutedConversation(inFrance.id(), france,
				new QueueId(UUID.randomUUID()), care, "fr", 3, RoutingDecision.Step.COUNTRY_HELPERS, "country"))));

		mvc.perform(get("/reports/breakdown").param("lang", "fr").param("from", "2026-11-02").param("to", "2026-11-02")
			.param("unit", france.toString()).param("by", "team"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Rapports par Équipe</h1>")))
			.andExpect(content().string(containsString("&lt;i&gt;Care&lt;/i&gt;</a></th>\n          <td>1</td><td>1</td><td>2</td>")))
			.andExpect(content().string(not(containsString("<i>Care</i>"))))
			.andExpect(content().string(containsString("<td>1</td><td>20 min 00 s</td><td>20 min 00 s</td>")))
			.andExpect(content().string(containsString("<td>1</td><td>1 h 00 min</td><td>1 h 00 min</td>")))
			.andExpect(content().string(containsString("<td>100,0 %</td>")))
			.andExpect(content().string(containsString("by=team&amp;key=" + care)))
			.andExpect(content().string(containsString("/api/v1/reports/volumes.csv?")))
			.andExpect(content().string(containsString("&#34;label&#34;:&#34;Résolution médiane (min)&#34;")))
			.andExpect(content().string(containsString("<a href=\"/reports\" aria-current=\"page\">Rapports</a>")));
		mvc.perform(get("/api/v1/reports/volumes.csv").param("from", "2026-11-02").param("to", "2026-11-02")
			.param("unit", france.toString()).param("by", "team"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(care + ",<i>Care</i>,1,1,2")));
		mvc.perform(get("/reports/breakdown").param("from", "2026-11-02").param("to", "2026-11-02").param("by", "intent"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not broken down by intent or sentiment")))
			.andExpect(content().string(containsString("by=intent&amp;key=complaint\">complaint</a></th>\n          <td>1</td><td>0</td><td>1</td>")));
		mvc.perform(get("/reports/breakdown").param("by", "day")).andExpect(status().isBadRequest());
	}

	@Test
	void drillsDownToTheConversationsBehindANumberWithinTheCallersUnits() throws Exception {
		mvc.perform(get("/api/v1/reports/conversations").param("from", "2026-11-01").param("to", "2026-11-30")
			.param("by", "sentiment").param("key", "negative"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].conversation").value(inFrance.id().toString()))
			.andExpect(jsonPath("$[0].firstResponseSeconds").value(1200.0))
			.andExpect(jsonPath("$[0].status").value("RESOLVED"));
		mvc.perform(get("/api/v1/reports/conversations").param("from", "2026-11-01").param("to", "2026-11-30"))
			.andExpect(jsonPath("$[*].conversation").value(not(org.hamcrest.Matchers.hasItem(inGermany.id().toString()))));
		mvc.perform(get("/reports/conversations").param("from", "2026-11-01").param("to", "2026-11-30")
			.param("by", "language").param("key", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/workspace/conversations/" + inFrance.id())));
		mvc.perform(get("/api/v1/reports/conversations").param("unit", germany.toString())).andExpect(status().isNotFound());
	}

	@Test
	void namesTimeBucketsAndDrillsDownToOneOfThemOrToAnAgeBand() throws Exception {
		Thread waiting = Thread.on(france, ChannelId.random(), "x");
		rollUps.record(received(waiting.customerWrites("2026-11-10T08:00:00Z")));
		for (String[] bucket : List.of(new String[] { "hour", "2026-11-02T09:00Z" }, new String[] { "day", "2026-11-02" },
				new String[] { "week", "2026-W45" }, new String[] { "month", "2026-11" })) {
			mvc.perform(get("/api/v1/reports/volumes").param("from", "2026-11-02").param("to", "2026-11-02")
				.param("by", bucket[0]))
				.andExpect(jsonPath("$.rows[0].key").value(bucket[1]))
				.andExpect(jsonPath("$.rows[0].inbound").value(1));
			// the month holds the waiting conversation too
			var expected = bucket[0].equals("month") ? List.of(waiting.id().toString(), inFrance.id().toString())
					: List.of(inFrance.id().toString());
			mvc.perform(get("/api/v1/reports/conversations").param("from", "2026-11-01").param("to", "2026-11-30")
				.param("by", bucket[0]).param("key", bucket[1]))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].conversation").value(org.hamcrest.Matchers.equalTo(expected)));
		}
		mvc.perform(get("/api/v1/reports/conversations").param("from", "2026-11-01").param("to", "2026-11-30")
			.param("by", "day").param("key", "2026-11-03")).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/reports/conversations").param("from", "2026-11-01").param("to", "2026-11-30")
			.param("by", "week").param("key", "2026-W46"))
			.andExpect(jsonPath("$[*].conversation").value(org.hamcrest.Matchers.contains(waiting.id().toString())));
		mvc.perform(get("/api/v1/reports/conversations").param("by", "day").param("key", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("not a day: yesterday"));

		mvc.perform(get("/api/v1/reports/conversations").param("waiting", "true").param("by", "age").param("key", "72h+"))
			.andExpect(jsonPath("$[*].conversation").value(org.hamcrest.Matchers.contains(waiting.id().toString())));
		mvc.perform(get("/api/v1/reports/conversations").param("waiting", "true").param("by", "age").param("key", "24-72h"))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void exportsEveryConversationAsCsv() throws Exception {
		mvc.perform(get("/api/v1/reports/conversations.csv").param("from", "2026-11-01").param("to", "2026-11-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("conversation,unit,channel,platform,language,status,first_inbound_at,"
					+ "first_response_at,first_response_seconds,resolved_at,team,agent,agency,first_response_breached,"
					+ "resolution_breached\r\n" + inFrance.id() + ",<b>France</b>,")))
			.andExpect(content().string(containsString(",x,fr,RESOLVED,2026-11-02T09:00:00Z,2026-11-02T09:20:00Z,1200.0,"
					+ "2026-11-02T10:00:00Z,none,unassigned,none,false,false\r\n")));
	}
}
