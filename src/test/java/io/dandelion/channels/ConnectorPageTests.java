package io.dandelion.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.connector.ConnectorRegistry;
import io.dandelion.channels.connector.ConnectorRegistry.Catalogued;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The connector catalogue: every connector's declared capabilities, its configuration and how to connect. */
@ChannelsTest
class ConnectorPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ChannelFixtures fixtures;

	@Autowired
	ConnectorRegistry registry;

	TestOrganisation org;

	@BeforeEach
	void anOrganisation() {
		org = fixtures.organisation();
	}

	@Test
	void listsEveryConnectorWithTheCapabilitiesItDeclares() throws Exception {
		org.as(org.frManager);
		Document page = page("en");

		List<Catalogued> catalogue = registry.catalogue();
		assertThat(catalogue).extracting(Catalogued::platform)
			.contains("x", "youtube", "mastodon", "facebook", "instagram", "bluesky", "email", "webhook", "simulator");
		assertThat(page.select("tbody tr")).hasSize(catalogue.size());
		for (Catalogued connector : catalogue) {
			Element row = page.getElementById("connector-" + connector.platform());
			assertThat(row).as(connector.platform()).isNotNull();
			assertThat(row.select("td.can").eachAttr("data-capability")).as(connector.platform())
				.containsExactlyInAnyOrderElementsOf(
						registry.forPlatform(connector.platform()).orElseThrow().capabilities().stream().map(Enum::name).toList());
			assertThat(row.select("td.cannot")).hasSize(Capability.values().length - connector.capabilities().size());
			assertThat(row.selectFirst("th").text()).doesNotContain("connectors.name.");
			assertThat(row.select("td").last().text()).doesNotContain("connectors.api.");
		}
		assertThat(page.getElementById("connector-email").select("td.can").eachAttr("data-capability"))
			.containsExactlyInAnyOrder("POLL", "REPLY");
		assertThat(page.getElementById("connector-webhook").select("td.can").eachAttr("data-capability"))
			.containsExactly("WEBHOOK");
	}

	@Test
	void saysWhichOAuthClientsAreConfiguredAndHowToConnect() throws Exception {
		org.as(org.frManager);
		Document page = page("en");

		Element x = page.getElementById("connector-x");
		assertThat(x.text()).contains("OAuth client configured").contains("OAuth 2.0 with PKCE")
			.contains("credential access_token");
		assertThat(x.select("a[href=/channels#connect-title]")).hasSize(1);
		Element bluesky = page.getElementById("connector-bluesky");
		assertThat(bluesky.text()).contains("Nothing to configure").contains("app_password")
			.doesNotContain("OAuth 2.0");
		assertThat(page.getElementById("connector-webhook").text()).contains("/api/v1/channels/{id}/items");

		org.as(org.frAgent);
		assertThat(page("en").getElementById("connector-x").select("a[href=/channels#connect-title]")).isEmpty();
	}

	@Test
	void speaksFrenchAndIsLinkedFromTheChannelsPage() throws Exception {
		org.as(org.frManager);
		Document page = page("fr");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Connecteurs");
		assertThat(page.select("thead th").eachText()).contains("Masquer", "Réafficher", "Supprimer");
		assertThat(page.getElementById("connector-facebook").text()).contains("Pages Facebook")
			.contains("client OAuth configuré");
		assertThat(page.getElementById("connector-bluesky").text()).contains("mot de passe d'application");

		String channels = mvc.perform(get("/channels").with(user("caller")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(channels).select("a[href=/channels/connectors]")).hasSize(1);
	}

	@Test
	void everyConnectorHasItsNameAndConnectionInEnglishAndFrench() {
		for (Locale locale : List.of(Locale.ROOT, Locale.FRENCH)) {
			ResourceBundle texts = ResourceBundle.getBundle("i18n/channels", locale);
			for (Catalogued connector : registry.catalogue()) {
				assertThat(texts.containsKey("connectors.name." + connector.platform())).as(connector.platform()).isTrue();
				assertThat(texts.containsKey("connectors.api." + connector.platform())).as(connector.platform()).isTrue();
			}
		}
	}

	private Document page(String language) throws Exception {
		String html = mvc.perform(get("/channels/connectors").param("lang", language).with(user("caller")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}
}
