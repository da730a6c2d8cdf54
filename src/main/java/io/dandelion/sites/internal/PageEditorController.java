package io.dandelion.sites.internal;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.sites.SiteId;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing one page in one locale: save a draft, review, history and restore; and the site-wide regions. */
@Controller
class PageEditorController {

	private final CurrentAccess access;
	private final Sites sites;
	private final Blueprints blueprints;
	private final SitePages pages;
	private final RegionOverrides overrides;
	private final SiteTexts texts;

	PageEditorController(CurrentAccess access, Sites sites, Blueprints blueprints, SitePages pages,
			RegionOverrides overrides, SiteTexts texts) {
		this.texts = texts;
		this.access = access;
		this.sites = sites;
		this.blueprints = blueprints;
		this.pages = pages;
		this.overrides = overrides;
	}

	@GetMapping("/sites/{id}/pages/{slug}/{locale}")
	String editor(@PathVariable String id, @PathVariable String slug, @PathVariable String locale, Model model) {
		var site = sites.require(access.get(), SiteId.of(id));
		var page = pages.require(site, slug, locale);
		var definition = blueprints.require(site.blueprint(), site.blueprintVersion()).definition();
		String blueprintText = page.template() == null ? ""
				: definition.page(page.template())
					.map(t -> Objects.requireNonNullElse(BlueprintDefinition.text(t.bodies(), site.fallbackChain(locale)), ""))
					.orElse("");
		model.addAttribute("t", texts);
		model.addAttribute("editor",
				new SiteViews.PageEditor(site, page, blueprintText, pages.history(page), definition.reviewRequired()));
		return "sites/page";
	}

	@PostMapping("/sites/{id}/pages/{slug}/{locale}")
	String save(@PathVariable String id, @PathVariable String slug, @PathVariable String locale,
			@RequestParam String title, @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
		String back = "/sites/" + id + "/pages/" + slug + "/" + locale;
		return Flash.attempt(redirect, back, () -> {
			var scope = access.get();
			pages.save(scope, sites.require(scope, SiteId.of(id)), slug, locale, title, body);
			redirect.addFlashAttribute("message", texts.get("page.saved"));
			return back;
		});
	}

	@PostMapping("/sites/{id}/pages/{slug}/{locale}/{action:revert|submit|approve}")
	String act(@PathVariable String id, @PathVariable String slug, @PathVariable String locale,
			@PathVariable String action, RedirectAttributes redirect) {
		String back = "/sites/" + id + "/pages/" + slug + "/" + locale;
		return Flash.attempt(redirect, back, () -> {
			var scope = access.get();
			var site = sites.require(scope, SiteId.of(id));
			switch (action) {
				case "revert" -> pages.revertToBlueprint(scope, site, slug, locale);
				case "submit" -> pages.submitForReview(scope, site, slug, locale);
				default -> pages.approve(scope, site, slug, locale);
			}
			redirect.addFlashAttribute("message", texts.get("page.done." + action));
			return back;
		});
	}

	@PostMapping("/sites/{id}/pages/{slug}/{locale}/restore/{revision}")
	String restore(@PathVariable String id, @PathVariable String slug, @PathVariable String locale,
			@PathVariable long revision, RedirectAttributes redirect) {
		String back = "/sites/" + id + "/pages/" + slug + "/" + locale;
		return Flash.attempt(redirect, back, () -> {
			var scope = access.get();
			pages.restore(scope, sites.require(scope, SiteId.of(id)), slug, locale, revision);
			redirect.addFlashAttribute("message", texts.get("page.restored", String.valueOf(revision)));
			return back;
		});
	}

	@PostMapping("/sites/{id}/pages")
	String add(@PathVariable String id, @RequestParam String slug, @RequestParam String title,
			RedirectAttributes redirect) {
		return Flash.attempt(redirect, "/sites/" + id, () -> {
			var scope = access.get();
			var site = sites.require(scope, SiteId.of(id));
			pages.addPage(scope, site, slug, title);
			return "/sites/" + id + "/pages/" + slug + "/" + site.defaultLocale();
		});
	}

	@PostMapping("/sites/{id}/regions/{region}/{locale}")
	String region(@PathVariable String id, @PathVariable String region, @PathVariable String locale,
			@RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
		return Flash.attempt(redirect, "/sites/" + id, () -> {
			var scope = access.get();
			var site = sites.require(scope, SiteId.of(id));
			if (body.isBlank()) {
				overrides.remove(scope, site, region, locale);
				redirect.addFlashAttribute("message", texts.get("region.reset", region));
			}
			else {
				overrides.save(scope, site, region, locale, body);
				redirect.addFlashAttribute("message", texts.get("region.saved", region));
			}
			return "/sites/" + id;
		});
	}
}
