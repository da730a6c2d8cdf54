package io.dandelion.sites.internal;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.platform.web.NavigationItem;
import io.dandelion.sites.BlueprintId;
import io.dandelion.sites.SiteId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The site list, the "new site" form, a site's overview, settings, publishing and download. */
@Controller
class SitesController {

	private final CurrentAccess access;
	private final Sites sites;
	private final Blueprints blueprints;
	private final SitePages pages;
	private final RegionOverrides overrides;
	private final CheckResults results;
	private final Publishing publishing;
	private final StaticReleases releases;
	private final Units units;
	private final SiteCloning cloning;
	private final SiteTexts texts;

	SitesController(CurrentAccess access, Sites sites, Blueprints blueprints, SitePages pages,
			RegionOverrides overrides, CheckResults results, Publishing publishing, StaticReleases releases,
			Units units, SiteCloning cloning, SiteTexts texts) {
		this.texts = texts;
		this.cloning = cloning;
		this.access = access;
		this.sites = sites;
		this.blueprints = blueprints;
		this.pages = pages;
		this.overrides = overrides;
		this.results = results;
		this.publishing = publishing;
		this.releases = releases;
		this.units = units;
	}

	@Bean
	static NavigationItem sitesNavigation() {
		return new NavigationItem("Sites", "/sites", 70, Permission.SITES_EDIT);
	}

	@GetMapping("/sites")
	String list(Model model) {
		var scope = access.get();
		model.addAttribute("t", texts);
		model.addAttribute("rows", sites.visible(scope).stream().map(this::row).toList());
		model.addAttribute("form", new SiteViews.NewSiteForm(units.visibleTo(scope, Permission.SITES_EDIT),
				blueprints.all().stream().filter(b -> b.latestPublished() > 0).toList()));
		model.addAttribute("hub", scope.isHubAdmin());
		return "sites/list";
	}

	@PostMapping("/sites")
	String create(@RequestParam String unit, @RequestParam String blueprint, @RequestParam String name,
			@RequestParam String slug, @RequestParam(defaultValue = "") String host,
			@RequestParam(defaultValue = "") String locales, RedirectAttributes redirect) {
		return Flash.attempt(redirect, "/sites", () -> {
			var unitId = UnitId.of(unit);
			List<String> chosen = locales.isBlank()
					? units.find(unitId).map(UnitSummary::languages).orElse(List.of())
					: split(locales);
			var site = sites.create(access.get(), unitId, BlueprintId.of(blueprint),
					new SiteSettings(name, slug, host, "/", chosen));
			redirect.addFlashAttribute("message", texts.get("sites.made", site.name()));
			return "/sites/" + site.id();
		});
	}

	@GetMapping("/sites/{id}")
	String overview(@PathVariable String id, Model model) {
		var scope = access.get();
		var site = sites.require(scope, SiteId.of(id));
		model.addAttribute("t", texts);
		model.addAttribute("cloneUnits", units.visibleTo(scope, Permission.SITES_EDIT));
		var definition = blueprints.require(site.blueprint(), site.blueprintVersion()).definition();
		model.addAttribute("view", new SiteViews.SiteOverview(row(site), pages.list(site), definition.regions(),
				overrides.list(site), results.forSites(List.of(site.id())).stream().map(CheckResults.Stored::outcome).toList(),
				definition.reviewRequired(), "/s/" + site.publicKey() + "/"));
		return "sites/site";
	}

	@PostMapping("/sites/{id}/settings")
	String settings(@PathVariable String id, @RequestParam String name, @RequestParam(defaultValue = "") String host,
			@RequestParam(defaultValue = "/") String basePath, @RequestParam String locales,
			RedirectAttributes redirect) {
		return Flash.attempt(redirect, "/sites/" + id, () -> {
			var scope = access.get();
			var site = sites.require(scope, SiteId.of(id));
			sites.update(scope, site.id(), new SiteSettings(name, site.slug(), host, basePath, split(locales)));
			redirect.addFlashAttribute("message", texts.get("site.saved"));
			return "/sites/" + id;
		});
	}

	@PostMapping("/sites/{id}/clone")
	String copy(@PathVariable String id, @RequestParam String unit, @RequestParam String name,
			@RequestParam String slug, @RequestParam(defaultValue = "") String host, @RequestParam String locales,
			RedirectAttributes redirect) {
		return Flash.attempt(redirect, "/sites/" + id, () -> {
			var copy = cloning.copy(access.get(), SiteId.of(id), UnitId.of(unit),
					new SiteSettings(name, slug, host, "/", split(locales)));
			redirect.addFlashAttribute("message", texts.get("site.copied", copy.name()));
			return "/sites/" + copy.id();
		});
	}

	@PostMapping("/sites/{id}/publish")
	String publish(@PathVariable String id, RedirectAttributes redirect) {
		return Flash.attempt(redirect, "/sites/" + id, () -> {
			var result = publishing.publish(access.get(), SiteId.of(id));
			long warnings = result.outcomes().stream().filter(o -> o.status() != CheckOutcome.Status.PASS).count();
			redirect.addFlashAttribute("message", warnings == 0 ? texts.get("site.published-release", result.release())
					: texts.get("site.published-release-warnings", result.release(), warnings));
			return "/sites/" + id;
		});
	}

	@PostMapping("/sites/{id}/check")
	String check(@PathVariable String id, RedirectAttributes redirect) {
		publishing.check(sites.require(access.get(), SiteId.of(id)));
		redirect.addFlashAttribute("message", texts.get("site.checks-run"));
		return "redirect:/sites/" + id;
	}

	@GetMapping("/sites/{id}/download.zip")
	void download(@PathVariable String id, HttpServletResponse response) throws IOException {
		var site = sites.require(access.get(), SiteId.of(id));
		if (releases.current(site.id()).isEmpty()) {
			throw new SitesException.NotFound("the site was never published");
		}
		response.setContentType("application/zip");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + site.slug() + ".zip\"");
		releases.zip(site.id(), response.getOutputStream());
	}

	SiteViews.SiteRow row(Site site) {
		var summary = blueprints.all().stream().filter(b -> b.id().equals(site.blueprint())).findFirst();
		return new SiteViews.SiteRow(site, units.find(site.unit()).map(UnitSummary::name).orElse("?"),
				summary.map(Blueprints.Summary::name).orElse("?"),
				summary.map(Blueprints.Summary::latestPublished).orElse(site.blueprintVersion()));
	}

	static List<String> split(String locales) {
		return Arrays.stream(locales.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
	}
}
