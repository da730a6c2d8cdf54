package io.dandelion.workspace.conversation;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.platform.web.NavigationItem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Managing saved replies for community managers: every reply of the units the caller reads, and for those
 * whose accounts they run, creating, editing (name and one text per language) and deleting. Refused input
 * answers 400 with the page and the reason.
 */
@Controller
class SavedRepliesPage {

	private final SavedReplies replies;
	private final Units units;
	private final CurrentAccess access;

	SavedRepliesPage(SavedReplies replies, Units units, CurrentAccess access) {
		this.replies = replies;
		this.units = units;
		this.access = access;
	}

	@GetMapping("/workspace/saved-replies")
	String list(Model model) {
		return page(access.get(), model, null);
	}

	@PostMapping("/workspace/saved-replies")
	String create(@RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String name,
			@RequestParam(name = "language", required = false) @Nullable List<String> languages,
			@RequestParam(name = "text", required = false) @Nullable List<String> texts, Model model,
			HttpServletResponse response) {
		AccessScope scope = access.get();
		try {
			if (unit.isBlank()) {
				throw new IllegalArgumentException("choose the unit the saved reply belongs to");
			}
			replies.create(scope, UnitId.of(unit), name, variants(languages, texts));
			return "redirect:/workspace/saved-replies";
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(scope, model, e.getMessage());
		}
	}

	@PostMapping("/workspace/saved-replies/{id}")
	String update(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(name = "language", required = false) @Nullable List<String> languages,
			@RequestParam(name = "text", required = false) @Nullable List<String> texts, Model model,
			HttpServletResponse response) {
		AccessScope scope = access.get();
		try {
			replies.update(scope, id, name, variants(languages, texts));
			return "redirect:/workspace/saved-replies#reply-" + id;
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(scope, model, e.getMessage());
		}
	}

	@PostMapping("/workspace/saved-replies/{id}/delete")
	String delete(@PathVariable UUID id) {
		replies.delete(access.get(), id);
		return "redirect:/workspace/saved-replies";
	}

	private String page(AccessScope scope, Model model, @Nullable String error) {
		List<UnitSummary> managed = units.visibleTo(scope, Permission.CHANNELS_MANAGE);
		Map<UnitId, String> names = new LinkedHashMap<>();
		units.visibleTo(scope, Permission.CONVERSATIONS_READ).forEach(u -> names.put(u.id(), u.name()));
		managed.forEach(u -> names.put(u.id(), u.name()));
		model.addAttribute("page", new SavedRepliesView(replies.visibleTo(scope), managed, names,
				scope.units(Permission.CHANNELS_MANAGE), error));
		return "workspace/saved-replies";
	}

	/** Pairs the form's language and text fields; a row whose text is blank is left out (removing that language). */
	static Map<String, String> variants(@Nullable List<String> languages, @Nullable List<String> texts) {
		List<String> codes = languages == null ? List.of() : languages;
		List<String> bodies = texts == null ? List.of() : texts;
		if (codes.size() != bodies.size()) {
			throw new IllegalArgumentException("every text needs its language");
		}
		Map<String, String> variants = new LinkedHashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i).trim().toLowerCase(Locale.ROOT);
			String body = bodies.get(i);
			if (body.isBlank()) {
				continue;
			}
			if (variants.put(code, body) != null) {
				throw new IllegalArgumentException("two texts in " + code + ": keep one per language");
			}
		}
		return variants;
	}

	@Bean
	static NavigationItem savedRepliesNavigation() {
		return new NavigationItem("Saved replies", "/workspace/saved-replies", 14, Permission.CHANNELS_MANAGE);
	}
}
