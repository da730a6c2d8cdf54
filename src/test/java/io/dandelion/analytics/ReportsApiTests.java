package io.dandelion.analytics;

import static io.dandelion.analytics.Traffic.moderated;
import static io.dandelion.analytics.Traffic.received;
import static org.hamcrest.Matchers.contains;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.analytics.Traffic.Thread;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitKind;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reports over REST for callers with different scopes. The organisation: France with Paris below it,
 * and Germany beside them; traffic on an X channel in each.
 */
@AnalyticsTest
class ReportsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RollUps rollUps;

	@Autowired
	CurrentAccess access;

	@Autowired
	Units units;

	@Autowired
	Channels channels;

	UnitId france = UnitId.random();

	UnitId paris = UnitId.random();

	UnitId germany = UnitId.random();

	@BeforeEach
	void traffic() {
		given(units.subtreeIds(france)).willReturn(Set.of(france, paris));
		given(units.subtreeIds(paris)).willReturn(Set.of(paris));
		given(units.subtreeIds(germany)).willReturn(Set.of(germany));
		given(units.find(paris)).willReturn(Optional.of(new UnitSummary(paris, "fr-paris", "=Paris, centre",
				UnitKind.COUNTRY, france, "Europe/Paris", List.of("fr"), "FR")));
		Thread inFrance = thread(france, "x");
		Thread inParis = thread(paris, "x");
		Thread inGermany = thread(germany, "x");
		var frenchComplaint = inFrance.customerWrites("2026-11-02T09:00:00Z");
		var englishQuestion = inParis.customerWrites("2026-11-02T10:00:00Z");
		rollUps.record(received(frenchComplaint, englishQuestion, inParis.customerWrites("2026-11-03T08:00:00Z"),
				inParis.brandAnswers("2026-11-03T08:30:00Z"), inGermany.customerWrites("2026-11-02T09:00:00Z")));
		rollUps.record(List.of(moderated(frenchComplaint, "fr", "complaint", -0.5),
				moderated(englishQuestion, "en", "question", 0)));
	}

	private Thread thread(UnitId unit, String platform) {
		var channel = new ChannelSummary(ChannelId.random(), unit, TeamId.random(), platform, "@brand");
		given(channels.find(channel.id())).willReturn(Optional.of(channel));
		return Thread.on(unit, channel.id(), platform);
	}

	@Test
	void showsASpokeItsSubtreeByDay() throws Exception {
		given(access.get()).willReturn(ReportScopes.analystOf(france, paris));

		mvc.perform(get("/api/v1/reports/volumes").param("from", "2026-11-02").param("to", "2026-11-03"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2026-11-02T00:00:00Z"))
			.andExpect(jsonPath("$.to").value("2026-11-04T00:00:00Z"))
			.andExpect(jsonPath("$.rows[*].key", contains("2026-11-02", "2026-11-03")))
			.andExpect(jsonPath("$.rows[*].inbound", contains(2, 1)))
			.andExpect(jsonPath("$.rows[*].outbound", contains(0, 1)));
	}

	@Test
	void narrowsToAUnitsSubtree() throws Exception {
		given(access.get()).willReturn(ReportScopes.analystOf(france, paris));

		mvc.perform(get("/api/v1/reports/volumes").param("from", "2026-11-01")
			.param("to", "2026-11-30")
			.param("unit", paris.toString())
			.param("by", "unit"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*].label", contains("=Paris, centre")))
			.andExpect(jsonPath("$.rows[*].total", contains(3)));
	}

	@Test
	void showsAgencyStaffOnlyTheirContractsLanguages() throws Exception {
		given(access.get()).willReturn(ReportScopes.agencyAnalystOf(Set.of("en"), Set.of(), france, paris));

		mvc.perform(get("/api/v1/reports/volumes").param("from", "2026-11-01").param("to", "2026-11-30").param("by",
				"language"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*].key", contains("en")))
			.andExpect(jsonPath("$.rows[*].total", contains(1)));
	}

	@Test
	void exportsCsvWithUserTextQuotedAndDefused() throws Exception {
		given(access.get()).willReturn(ReportScopes.analystOf(france, paris));

		mvc.perform(get("/api/v1/reports/volumes.csv").param("from", "2026-11-01")
			.param("to", "2026-11-30")
			.param("unit", paris.toString())
			.param("by", "unit"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"volumes.csv\""))
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string("unit,label,inbound,outbound,total\r\n" + paris
					+ ",\"'=Paris, centre\",2,1,3\r\n"));
	}

	/** Paris's thread: the customer wrote on 2 November at 10:00 and again the next day; answered at 08:30. */
	@Test
	void exportsFirstResponseTimesAsCsv() throws Exception {
		given(access.get()).willReturn(ReportScopes.analystOf(france, paris));

		mvc.perform(get("/api/v1/reports/first-response.csv").param("from", "2026-11-01").param("to", "2026-11-30"))
			.andExpect(status().isOk())
			.andExpect(content().string("day,label,conversations,mean_seconds,median_seconds,p90_seconds\r\n"
					+ "2026-11-03,2026-11-03,1,81000.0,81000.0,81000.0\r\n"));
	}

	@Test
	void hidesUnitsTheCallerCannotSee() throws Exception {
		given(access.get()).willReturn(ReportScopes.analystOf(france, paris));

		mvc.perform(get("/api/v1/reports/volumes").param("unit", germany.toString()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("no unit " + germany));
	}

	@Test
	void refusesCallersWhoseRolesDoNotIncludeReports() throws Exception {
		given(access.get()).willReturn(ReportScopes.agentOf(france, paris));

		mvc.perform(get("/api/v1/reports/volumes").param("unit", paris.toString())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reports/volumes")).andExpect(status().isForbidden());
	}

	@Test
	void explainsBadInput() throws Exception {
		given(access.get()).willReturn(ReportScopes.analystOf(france, paris));

		mvc.perform(get("/api/v1/reports/volumes").param("by", "colour"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("by must be one of [total, unit")));
		mvc.perform(get("/api/v1/reports/first-response").param("by", "intent"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error")
				.value("durations (kept per conversation, not per message) cannot be broken down by intent"));
		mvc.perform(get("/api/v1/reports/volumes").param("from", "2026-11-05").param("to", "2026-11-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("the period must end after it starts"));
		mvc.perform(get("/api/v1/reports/volumes").param("from", "yesterday"))
			.andExpect(status().isBadRequest());
	}
}
