package io.dandelion.sites.internal;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.sites.BlueprintId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hub's blueprint editor: the newest version of a blueprint in a form (brand tokens, regions and pages
 * with their modes and texts per locale, components, review, blocking checks); saving makes or updates
 * the draft version, publishing validates and freezes it. Everyone but the hub gets 403.
 */
@Controller
class BlueprintEditorController {

	private final CurrentAccess access;
	private final Blueprints blueprints;
	private final BlueprintTexts texts;

	BlueprintEditorController(CurrentAccess access, Blueprints blueprints, BlueprintTexts texts) {
		this.access = access;
		this.blueprints = blueprints;
		this.texts = texts;
	}

	@GetMapping("/sites/blueprints")
	String list(Model model) {
		Blueprints.requireHub(access.get());
		model.addAttribute("t", texts);
		model.addAttribute("blueprints", blueprints.all());
		return "sites/blueprints";
	}

	/** A new blueprint whose draft version 1 starts as a copy of another's newest version, so it never starts blank. */
	@PostMapping("/sites/blueprints")
	String create(@RequestParam String name, @RequestParam String from, RedirectAttributes redirect) {
		var scope = access.get();
		Blueprints.requireHub(scope);
		var source = blueprints.summary(BlueprintId.of(from));
		return Flash.attempt(redirect, "/sites/blueprints", () -> {
			var id = blueprints.create(scope, name, blueprints.require(source.id(), source.latest()).definition());
			redirect.addFlashAttribute("message", texts.get("blueprints.created", name.strip(), source.name()));
			return "/sites/blueprints/" + id;
		});
	}

	@GetMapping("/sites/blueprints/{id}")
	String edit(@PathVariable String id, Model model) {
		Blueprints.requireHub(access.get());
		var summary = blueprints.summary(BlueprintId.of(id));
		var version = blueprints.require(summary.id(), summary.latest());
		model.addAttribute("t", texts);
		model.addAttribute("summary", summary);
		model.addAttribute("version", version);
		model.addAttribute("locales", BlueprintForm.locales(version.definition()));
		return "sites/blueprint";
	}

	@PostMapping("/sites/blueprints/{id}")
	String save(@PathVariable String id, @RequestParam MultiValueMap<String, String> fields, RedirectAttributes redirect) {
		var scope = access.get();
		Blueprints.requireHub(scope);
		var blueprint = blueprints.summary(BlueprintId.of(id)).id();
		String back = "/sites/blueprints/" + blueprint;
		return Flash.attempt(redirect, back, () -> {
			int version = blueprints.saveDraft(scope, blueprint, BlueprintForm.read(fields));
			redirect.addFlashAttribute("message", texts.get("blueprint.saved", version));
			return back;
		});
	}

	@PostMapping("/sites/blueprints/{id}/versions/{version}/publish")
	String publish(@PathVariable String id, @PathVariable int version, RedirectAttributes redirect) {
		var scope = access.get();
		Blueprints.requireHub(scope);
		var blueprint = blueprints.summary(BlueprintId.of(id)).id();
		String back = "/sites/blueprints/" + blueprint;
		return Flash.attempt(redirect, back, () -> {
			blueprints.publish(scope, blueprint, version);
			redirect.addFlashAttribute("message", texts.get("blueprint.published", version));
			return back;
		});
	}
}
