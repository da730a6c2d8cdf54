package io.dandelion.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;
import io.dandelion.organisation.UnitId;
import java.util.ArrayList;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
class PublishingTests {

	SitesFixture fixture;

	@Autowired
	void fixture(Blueprints blueprints, Sites sites, SitePages pages) {
		fixture = new SitesFixture(blueprints, sites, pages);
	}

	@Autowired
	SitePages pages;

	@Autowired
	Publishing publishing;

	@Autowired
	StaticReleases releases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void publishesEveryPageInEveryLocaleWithASitemap() throws Exception {
		var acme = AcmeBlueprint.v1();
		var warnsOnly = new BlueprintDefinition(acme.brand(), acme.regions(), acme.pages(), acme.components(), false,
				java.util.Set.of(CheckName.REQUIRED_PAGES));
		var site = fixture.site(fixture.frEditor, fixture.fr, fixture.publishedBlueprint(warnsOnly), "fr", "en");
		pages.save(fixture.frEditor, site, "home", "fr", "Accueil", "## Nos offres\n\nVoir [contact](/fr/contact/). <b onclick=x>gras</b>");
		var result = publishing.publish(fixture.frEditor, site.id());
		Path release = releases.current(site.id()).orElseThrow();
		assertThat(release.getFileName().toString()).isEqualTo(result.release());
		String home = Files.readString(release.resolve("fr/home/index.html"));
		assertThat(home).contains("<h2>Nos offres</h2>", "href=\"../../fr/contact/\"", "<b>gras</b>", "lang=\"fr\"")
			.doesNotContain("onclick");
		assertThat(Files.readString(release.resolve("en/privacy/index.html"))).contains("Your data");
		assertThat(Files.readString(release.resolve("sitemap.xml"))).contains("/s/" + site.slug() + "/fr/legal-notice/");
		assertThat(Files.readString(release.resolve("style.css"))).contains("--primary:#0b5cad");
		assertThat(result.outcomes()).filteredOn(o -> o.check() == CheckName.SAFE_HTML)
			.singleElement()
			.satisfies(o -> assertThat(o.status()).isEqualTo(CheckOutcome.Status.WARN));
	}

	@Test
	void aBlockingFindingStopsThePublishAndLeavesTheLiveSiteAlone() throws Exception {
		var site = fixture.site(fixture.frEditor, fixture.fr, fixture.publishedBlueprint(AcmeBlueprint.v1()), "fr");
		publishing.publish(fixture.frEditor, site.id());
		Path before = releases.current(site.id()).orElseThrow();
		pages.save(fixture.frEditor, site, "contact", "fr", "Contact", "");
		assertThatThrownBy(() -> publishing.publish(fixture.frEditor, site.id()))
			.isInstanceOf(Publishing.Blocked.class)
			.hasMessageContaining("page contact [fr]: required page is empty");
		assertThat(releases.current(site.id())).contains(before);
	}

	@Test
	void eachPublishSwapsInACompleteReleaseAtOnce() throws Exception {
		var site = fixture.site(fixture.frEditor, fixture.fr, fixture.publishedBlueprint(AcmeBlueprint.v1()), "fr");
		publishing.publish(fixture.frEditor, site.id());
		Path first = releases.current(site.id()).orElseThrow();
		Path link = first.getParent().getParent().resolve("current");
		assertThat(Files.isSymbolicLink(link)).isTrue();
		pages.save(fixture.frEditor, site, "home", "fr", "Accueil", "version two");
		publishing.publish(fixture.frEditor, site.id());
		Path second = releases.current(site.id()).orElseThrow();
		assertThat(second).isNotEqualTo(first);
		assertThat(Files.readString(second.resolve("fr/home/index.html"))).contains("version two");
		assertThat(Files.readString(first.resolve("fr/home/index.html"))).doesNotContain("version two");
		assertThat(Files.isSymbolicLink(link)).isTrue();
		try (var siblings = Files.list(link.getParent())) {
			assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("current", "releases");
		}
		var zip = new ByteArrayOutputStream();
		releases.zip(site.id(), zip);
		var names = new ArrayList<String>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()), StandardCharsets.UTF_8)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).contains("index.html", "sitemap.xml", "fr/home/index.html", "fr/legal-notice/index.html");
	}

	@Test
	void whereTheBlueprintRequiresReviewOnlyApprovedDraftsGoLive() throws Exception {
		var acme = AcmeBlueprint.v1();
		var reviewed = new BlueprintDefinition(acme.brand(), acme.regions(), acme.pages(), acme.components(), true,
				acme.blockingChecks());
		var site = fixture.site(fixture.frEditor, fixture.fr, fixture.publishedBlueprint(reviewed), "fr");
		pages.save(fixture.frEditor, site, "home", "fr", "Accueil", "not reviewed yet");
		publishing.publish(fixture.frEditor, site.id());
		assertThat(home(site)).contains("Bienvenue").doesNotContain("not reviewed yet");
		pages.submitForReview(fixture.frEditor, site, "home", "fr");
		assertThatThrownBy(() -> pages.approve(fixture.frEditor, site, "home", "fr"))
			.isInstanceOf(SitesException.Forbidden.class);
		pages.approve(TestScope.editor("fr.reviewer", fixture.fr), site, "home", "fr");
		publishing.publish(fixture.frEditor, site.id());
		assertThat(home(site)).contains("not reviewed yet");
	}

	@Test
	void theSocialFeedShowsTheUnitsLatestPublicPostsEscaped() throws Exception {
		var site = fixture.site(fixture.frEditor, fixture.fr, fixture.publishedBlueprint(AcmeBlueprint.v1()), "fr", "en");
		publishing.publish(fixture.frEditor, site.id());
		assertThat(home(site)).contains("<h2>Dernières publications</h2>", "Aucune publication pour le moment.");

		post(fixture.fr, "x", "Notre offre <script>alert(1)</script> fibre", null, "2026-11-20T10:00:00Z");
		post(fixture.fr, "mastodon", "Panne réparée", "https://social.example/@acme/2", "2026-11-20T11:00:00Z");
		post(fixture.es, "x", "Nueva oferta", null, "2026-11-20T12:00:00Z");
		publishing.publish(fixture.frEditor, site.id());

		String home = home(site);
		assertThat(home).contains("Notre offre &lt;script&gt;alert(1)&lt;/script&gt; fibre",
				"<a href=\"https://social.example/@acme/2\" rel=\"noopener nofollow\">Voir la publication</a>")
			.doesNotContain("<script>", "Nueva oferta", "Aucune publication");
		assertThat(home.indexOf("Panne réparée")).isLessThan(home.indexOf("Notre offre"));
		String english = Files.readString(releases.current(site.id()).orElseThrow().resolve("en/home/index.html"));
		assertThat(english).contains("<h2>Latest posts</h2>", "Panne réparée");
	}

	@Test
	void everyReleaseCarriesTheBrandsOwnLogo() throws Exception {
		var site = fixture.site(fixture.frEditor, fixture.fr, fixture.publishedBlueprint(AcmeBlueprint.v1()), "fr");
		publishing.publish(fixture.frEditor, site.id());
		Path release = releases.current(site.id()).orElseThrow();
		assertThat(home(site)).contains("<img src=\"../../logo.svg\"");
		assertThat(Files.readString(release.resolve("logo.svg"))).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
			.contains(">" + site.name() + "</text>", "fill=\"#0b5cad\"");
		assertThat(SiteRenderer.wordmark("A <b>&", AcmeBlueprint.v1().brand())).contains(">A &lt;b&gt;&amp;</text>")
			.doesNotContain("<b>");
	}

	/** One of the organisation's own public posts, stored as the conversations module stores it. */
	private void post(UnitId unit, String platform, String text, String url, String at) {
		var conversation = UUID.randomUUID();
		var contact = UUID.randomUUID();
		var time = OffsetDateTime.parse(at);
		jdbc.sql("insert into contact (id, platform, external_id, handle) values (?, ?, ?, '@acme')")
			.params(contact, platform, "brand-" + contact)
			.update();
		jdbc.sql("""
				insert into conversation (id, channel_id, unit_id, platform, kind, root_external_id, started_at, last_message_at)
				values (?, ?, ?, ?, 'COMMENT_THREAD', ?, ?, ?)""")
			.params(conversation, UUID.randomUUID(), unit.value(), platform, "post-" + conversation, time, time)
			.update();
		jdbc.sql("""
				insert into message (id, conversation_id, channel_id, external_id, direction, kind, contact_id, body,
				                     created_at, metadata)
				values (?, ?, ?, ?, 'OUTBOUND', 'POST', ?, ?, ?, cast(? as jsonb))""")
			.params(UUID.randomUUID(), conversation, UUID.randomUUID(), "post-" + conversation, contact, text, time,
					url == null ? "{}" : "{\"url\": \"" + url + "\"}")
			.update();
	}

	private String home(Site site) throws Exception {
		return Files.readString(releases.current(site.id()).orElseThrow().resolve("fr/home/index.html"));
	}
}
