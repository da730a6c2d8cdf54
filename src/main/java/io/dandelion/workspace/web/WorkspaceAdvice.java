package io.dandelion.workspace.web;

import io.dandelion.platform.web.UiLanguages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every workspace page its texts ({@code t}) and the interface languages for the switch. */
@ControllerAdvice(basePackages = "io.dandelion.workspace")
class WorkspaceAdvice {

	private final Texts texts;
	private final UiLanguages languages;

	WorkspaceAdvice(Texts texts, UiLanguages languages) {
		this.texts = texts;
		this.languages = languages;
	}

	@ModelAttribute("t")
	Texts texts() {
		return texts;
	}

	@ModelAttribute("languages")
	UiLanguages languages() {
		return languages;
	}
}
