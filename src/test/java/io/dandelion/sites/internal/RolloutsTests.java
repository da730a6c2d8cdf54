package io.dandelion.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.dandelion.audit.AuditEntry;
import io.dandelion.sites.BlueprintId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class RolloutsTests {

	SitesFixture fixture;

	@Autowired
	SitePages pages;

	@Autowired
	Sites sites;

	@Autowired
	RegionOverrides overrides;

	final List<AuditEntry> audit = new CopyOnWriteArrayList<>();

	Rollouts rollouts;

	BlueprintId blueprint;

	Site lyon;

	Site madrid;

	@Autowired
	void wire(Blueprints blueprints, SiteUpgrades upgrades, RolloutRecords records, TransactionTemplate transactions) {
		fixture = new SitesFixture(blueprints, sites, pages);
		rollouts = new Rollouts(blueprints, sites, pages, overrides, upgrades, records, audit::add, transactions);
	}

	@BeforeEach
	void twoSitesOnVersionOneAndVersionTwoPublished() {
		blueprint = fixture.publishedBlueprint(AcmeBlueprint.v1());
		lyon = fixture.site(fixture.frEditor, fixture.fr, blueprint, "fr");
		madrid = fixture.site(fixture.esEditor, fixture.es, blueprint, "fr");
		overrides.save(fixture.frEditor, lyon, "announcement", "fr", "Soldes à Lyon !");
		pages.save(fixture.frEditor, lyon, "contact", "fr", "Contact", "Appelez Lyon.");
		pages.save(fixture.frEditor, lyon, "home", "fr", "Accueil", "Bienvenue à Lyon.");
		fixture.blueprints.saveDraft(fixture.hub, blueprint, RolloutFixture.v2());
		fixture.blueprints.publish(fixture.hub, blueprint, 2);
	}

	@Test
	void aDryRunPlansEverySiteBehindAndChangesNothing() {
		var rollout = rollouts.plan(fixture.hub, blueprint, 2, null);
		assertThat(rollout.status()).isEqualTo(Rollout.Status.PLANNED);
		assertThat(rollout.steps()).hasSize(2).allMatch(s -> s.status() == Rollout.StepStatus.PENDING);
		var lyonPlan = step(rollout, lyon).plan();
		assertThat(lyonPlan.changes()).contains("page careers is added (local)", "page contact: overridable → locked");
		assertThat(RolloutFixture.conflictsOf(lyonPlan)).containsExactlyInAnyOrder(
				"region announcement [fr]: the region becomes locked: only the hub's text is shown",
				"page contact [fr]: the page becomes locked: only the hub's text is shown");
		assertThat(step(rollout, madrid).plan().conflicts()).isEmpty();
		assertThat(sites.find(lyon.id()).orElseThrow().blueprintVersion()).isEqualTo(1);
		assertThat(overrides.list(lyon)).hasSize(1);
		assertThat(pages.require(lyon, "contact", "fr").draft()).isEqualTo("Appelez Lyon.");
		assertThat(audit).extracting(AuditEntry::action).containsExactly("sites.rollout.planned");
	}

	@Test
	void theRunUpgradesEachSiteAndARollbackPutsItsSnapshotBack() {
		var planned = rollouts.plan(fixture.hub, blueprint, 2, null);
		rollouts.run(fixture.hub, planned.id());
		var done = awaitStatus(planned, Rollout.Status.DONE);
		assertThat(done.steps()).allMatch(s -> s.status() == Rollout.StepStatus.UPGRADED);
		assertThat(done.percent()).isEqualTo(100);

		var upgraded = sites.find(lyon.id()).orElseThrow();
		assertThat(upgraded.blueprintVersion()).isEqualTo(2);
		assertThat(overrides.list(upgraded)).isEmpty();
		assertThat(pages.require(upgraded, "contact", "fr").draft()).isNull();
		assertThat(pages.require(upgraded, "contact", "fr").mode()).isEqualTo(RegionMode.LOCKED);
		assertThat(pages.require(upgraded, "careers", "fr").draft()).startsWith("## Rejoignez-nous");
		assertThat(pages.require(upgraded, "home", "fr").draft()).isEqualTo("Bienvenue à Lyon.");

		rollouts.rollBack(fixture.hub, planned.id(), null);
		awaitStatus(planned, Rollout.Status.ROLLED_BACK);
		var back = sites.find(lyon.id()).orElseThrow();
		assertThat(back.blueprintVersion()).isEqualTo(1);
		assertThat(overrides.list(back)).extracting(RegionOverrides.Override::body).containsExactly("Soldes à Lyon !");
		assertThat(pages.require(back, "contact", "fr").draft()).isEqualTo("Appelez Lyon.");
		assertThat(pages.list(back)).noneMatch(t -> t.slug().equals("careers"));
		assertThat(pages.history(pages.require(back, "contact", "fr"))).extracting(SitePages.Revision::note)
			.startsWith("rolled back to blueprint v1", "locked by blueprint v2");
		assertThat(audit).extracting(AuditEntry::action)
			.contains("sites.rollout.started", "sites.site.upgraded", "sites.rollout.finished", "sites.site.rolled-back",
					"sites.rollout.rolled-back");
		assertThat(audit).filteredOn(e -> e.action().equals("sites.site.upgraded"))
			.extracting(AuditEntry::unit)
			.containsExactlyInAnyOrder(fixture.fr, fixture.es);
	}

	@Test
	void oneSiteCanBeRolledBackAlone() {
		var planned = rollouts.plan(fixture.hub, blueprint, 2, null);
		rollouts.run(fixture.hub, planned.id());
		awaitStatus(planned, Rollout.Status.DONE);
		var after = rollouts.rollBack(fixture.hub, planned.id(), madrid.id());
		assertThat(step(after, madrid).status()).isEqualTo(Rollout.StepStatus.ROLLED_BACK);
		assertThat(after.status()).isEqualTo(Rollout.Status.DONE);
		assertThat(sites.find(madrid.id()).orElseThrow().blueprintVersion()).isEqualTo(1);
		assertThat(sites.find(lyon.id()).orElseThrow().blueprintVersion()).isEqualTo(2);
	}

	@Test
	void aSiteThatMovedSinceTheDryRunFailsAloneAndTheOthersGoOn() {
		var planned = rollouts.plan(fixture.hub, blueprint, 2, null);
		sites.setBlueprintVersion(madrid.id(), 2);
		rollouts.run(fixture.hub, planned.id());
		var done = awaitStatus(planned, Rollout.Status.DONE);
		assertThat(step(done, madrid).status()).isEqualTo(Rollout.StepStatus.FAILED);
		assertThat(step(done, madrid).message()).contains("not 1 as in the dry run");
		assertThat(step(done, lyon).status()).isEqualTo(Rollout.StepStatus.UPGRADED);
	}

	@Test
	void rolloutsAreTheHubsAlone() {
		assertThatThrownBy(() -> rollouts.plan(fixture.frEditor, blueprint, 2, null))
			.isInstanceOf(SitesException.Forbidden.class);
		var planned = rollouts.plan(fixture.hub, blueprint, 2, null);
		assertThatThrownBy(() -> rollouts.run(fixture.frEditor, planned.id())).isInstanceOf(SitesException.Forbidden.class);
		assertThatThrownBy(() -> rollouts.find(fixture.esEditor, planned.id())).isInstanceOf(SitesException.Forbidden.class);
		assertThatThrownBy(() -> rollouts.rollBack(fixture.frEditor, planned.id(), null))
			.isInstanceOf(SitesException.Forbidden.class);
	}

	@Test
	void aPlanNeedsAPublishedVersionAndSitesBehindIt() {
		fixture.blueprints.saveDraft(fixture.hub, blueprint, RolloutFixture.v2());
		assertThatThrownBy(() -> rollouts.plan(fixture.hub, blueprint, 3, null)).isInstanceOf(SitesException.Invalid.class)
			.hasMessageContaining("not published");
		assertThatThrownBy(() -> rollouts.plan(fixture.hub, blueprint, 1, null)).isInstanceOf(SitesException.Invalid.class)
			.hasMessageContaining("no site");
		var planned = rollouts.plan(fixture.hub, blueprint, 2, List.of(lyon.id()));
		assertThat(planned.steps()).extracting(Rollout.Step::site).containsExactly(lyon.id());
		rollouts.run(fixture.hub, planned.id());
		assertThatThrownBy(() -> rollouts.run(fixture.hub, planned.id())).isInstanceOf(SitesException.Conflict.class);
		awaitStatus(planned, Rollout.Status.DONE);
	}

	private Rollout awaitStatus(Rollout rollout, Rollout.Status status) {
		await().atMost(Duration.ofSeconds(30)).until(() -> rollouts.find(fixture.hub, rollout.id()).status() == status);
		return rollouts.find(fixture.hub, rollout.id());
	}

	private static Rollout.Step step(Rollout rollout, Site site) {
		return rollout.steps().stream().filter(s -> s.site().equals(site.id())).findFirst().orElseThrow();
	}
}
