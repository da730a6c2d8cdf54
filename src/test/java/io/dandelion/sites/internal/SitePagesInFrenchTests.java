package io.dandelion.sites.internal;

import static io.dandelion.sites.internal.SitesWebTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.sites.BlueprintId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The editor's pages of the website factory in French: every heading, column, field and button. */
@SpringBootTest
@AutoConfigureMockMvc
class SitePagesInFrenchTests {

	/** The English labels of these pages, none of which may be left on a French page. */
	static final List<String> ENGLISH = List.of("Compliance dashboard", "New site", "Make the site", ">Unit<", ">Locales<", ">Blueprint<", ">Published<", "All sites", "Preview drafts",
			"Check and publish", "Run checks only", ">Title<", "Who edits", ">State<",
			"Add page", "Site-wide regions", "Your texts", ">Compliance<", ">Settings<", "Save settings",
			"Copy this site", "Copy the site", "Base path", "Locales, in fallback order", ">Check<", ">Result<",
			">Findings<", "Not checked yet", "Save draft", ">History<", ">When<", ">Who<", ">What<", ">Restore<",
			"Text (Markdown)", "Site compliance", "Download CSV", "Check every site now", ">Drift<", ">Checked<",
			"Required pages present", "Internal links resolve", "No unsafe HTML", "own texts over the hub",
			">Rollouts<", "Plan a rollout", "Dry run", "To version", "Planned by", "All rollouts", "Run the rollout",
			"Status:", "What changes", "Conflicts with the site", ">From<", "Comments on", ">Author<", ">Comment<",
			">Answers<", "No comments yet", ">planned<", ">pending<", ">editing<", ">pass<", ">warn<", "Skip to content",
			"Sign out", ">Home<", ">Inbox<", ">Reports<", ">Channels<");

	@Autowired
	MockMvc mvc;

	@Autowired
	Sites sites;

	@Autowired
	Publishing publishing;

	@Autowired
	Rollouts rollouts;

	SitesFixture fixture;

	BlueprintId blueprint;

	Site lyon;

	@Autowired
	void fixture(Blueprints blueprints, SitePages pages) {
		fixture = new SitesFixture(blueprints, sites, pages);
	}

	@BeforeEach
	void aCheckedSiteAndARolloutPlannedForIt() {
		blueprint = fixture.publishedBlueprint(AcmeBlueprint.v1());
		lyon = fixture.site(fixture.frEditor, fixture.fr, blueprint, "fr");
		publishing.check(lyon);
		fixture.blueprints.saveDraft(fixture.hub, blueprint, RolloutFixture.v2());
		fixture.blueprints.publish(fixture.hub, blueprint, 2);
	}

	@Test
	void theSiteListSpeaksFrench() throws Exception {
		// (the hub's test scope names units that are not in the database, so the new-site form says why it is missing)
		assertFrench("/sites", as(fixture.hub), "Tableau de conformité", "Nouveau site",
				"Il faut le droit de modifier les sites d'une unité", "Déploiements", "Unité", "Modèle");
	}

	@Test
	void aSiteAndItsPageEditorSpeakFrench() throws Exception {
		String base = "/sites/" + lyon.id();
		assertFrench(base, as(fixture.frEditor), "Tous les sites", "Contrôler et publier", "Zones communes à tout le site",
				"Enregistrer les réglages", "Copier ce site", "Pages obligatoires présentes et non vides", "Qui le modifie",
				"Langues, dans l'ordre de repli", "Hôte (facultatif)");
		assertFrench(base + "/pages/home/fr", as(fixture.frEditor), "Enregistrer le brouillon", "Historique",
				"Texte (Markdown)", "dernière modification par");
		assertFrench(base + "/comments", as(fixture.frEditor), "Commentaires sur", "Aucun commentaire pour l'instant.");
	}

	@Test
	void theComplianceDashboardSpeaksFrench() throws Exception {
		assertFrench("/sites/compliance", as(fixture.hub), "Conformité des sites", "Télécharger en CSV",
				"Contrôler tous les sites maintenant", "Les liens internes aboutissent", "textes propres");
	}

	@Test
	void theRolloutPagesSpeakFrench() throws Exception {
		var rollout = rollouts.plan(fixture.hub, blueprint, 2, null);
		assertFrench("/sites/rollouts", as(fixture.hub), "Préparer un déploiement", "Essai à blanc", "Vers la version",
				"préparé");
		assertFrench("/sites/rollouts/" + rollout.id(), as(fixture.hub), "Tous les déploiements", "Lancer le déploiement",
				"Ce qui change", "en attente");
	}

	private void assertFrench(String path, RequestPostProcessor who, String... french) throws Exception {
		String page = mvc.perform(get(path).with(who).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).as(path).contains("<html lang=\"fr\">").contains(french);
		assertThat(ENGLISH).as("English labels left on " + path).noneMatch(page::contains);
	}
}
