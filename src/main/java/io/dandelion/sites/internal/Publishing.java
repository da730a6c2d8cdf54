package io.dandelion.sites.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import io.dandelion.sites.SiteId;
import io.dandelion.sites.SitePublished;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing a site: resolve what may go live, run every compliance check on it, stop if a check the
 * hub made blocking fails because of the site's own content, else render and swap the release in.
 */
@Component
class Publishing {

	/** What a publish did: the check outcomes, and the release name (null when a check blocked it). */
	record Result(List<CheckOutcome> outcomes, String release) {
	}

	private final Sites sites;
	private final SiteContents contents;
	private final SitePages pages;
	private final SiteRenderer renderer;
	private final StaticReleases releases;
	private final CheckResults results;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;

	Publishing(Sites sites, SiteContents contents, SitePages pages, SiteRenderer renderer, StaticReleases releases,
			CheckResults results, AuditLog audit, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.sites = sites;
		this.contents = contents;
		this.pages = pages;
		this.renderer = renderer;
		this.releases = releases;
		this.results = results;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
	}

	/** Publishes the site, or throws {@link Blocked} listing what blocks it. */
	Result publish(AccessScope scope, SiteId id) {
		var site = sites.require(scope, id);
		var content = contents.assemble(site, SiteContent.Purpose.PUBLISH);
		var outcomes = ComplianceChecks.run(content);
		results.save(site.id(), outcomes);
		var blocking = outcomes.stream().filter(o -> o.status() == CheckOutcome.Status.BLOCK).toList();
		if (!blocking.isEmpty()) {
			throw new Blocked(blocking);
		}
		String release = releases.publish(site.id(), renderer.render(content));
		Map<UUID, Map<String, String>> published = new HashMap<>();
		content.pages()
			.forEach(p -> published.computeIfAbsent(p.id(), k -> new HashMap<>()).put(p.locale(), p.markdown()));
		transactions.executeWithoutResult(status -> {
			pages.markPublished(published);
			sites.markPublished(site.id());
			audit.record(new AuditEntry(scope.actor(), "sites.site.published", site.unit(), "site", site.id().toString(),
					null, Map.of("release", release, "blueprintVersion", site.blueprintVersion())));
			events.publishEvent(new SitePublished(site.id(), site.unit(), site.slug(), Instant.now()));
		});
		return new Result(outcomes, release);
	}

	/** Runs the checks on what would be published, without publishing (nightly, and on demand). */
	List<CheckOutcome> check(Site site) {
		var outcomes = ComplianceChecks.run(contents.assemble(site, SiteContent.Purpose.PUBLISH));
		results.save(site.id(), outcomes);
		return outcomes;
	}

	/** A compliance check that the hub made blocking failed on the site's own content. */
	static final class Blocked extends SitesException {

		private final List<CheckOutcome> outcomes;

		Blocked(List<CheckOutcome> outcomes) {
			super("publishing is blocked by: " + String.join(", ",
					outcomes.stream().map(o -> o.check().label() + " (" + o.findings().stream()
						.filter(f -> !f.hubOwned())
						.map(f -> f.where() + " [" + f.locale() + "]: " + f.message())
						.findFirst()
						.orElse("") + ")").toList()));
			this.outcomes = List.copyOf(outcomes);
		}

		List<CheckOutcome> outcomes() {
			return outcomes;
		}

		@Override
		org.springframework.http.HttpStatus status() {
			return org.springframework.http.HttpStatus.CONFLICT;
		}
	}
}
