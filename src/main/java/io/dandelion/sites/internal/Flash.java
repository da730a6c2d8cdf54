package io.dandelion.sites.internal;

import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a form action; a refused one goes back to the form with the reason instead of an error page. */
final class Flash {

	private Flash() {
	}

	/** Redirects where the action says, or to {@code back} with the problem as the "error" flash message. */
	static String attempt(RedirectAttributes redirect, String back, Supplier<String> action) {
		try {
			return "redirect:" + action.get();
		}
		catch (SitesException e) {
			if (e instanceof SitesException.NotFound) {
				throw e;
			}
			redirect.addFlashAttribute("error", e.getMessage());
			return "redirect:" + back;
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			return "redirect:" + back;
		}
	}
}
