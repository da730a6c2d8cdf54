package io.dandelion.sites.internal;

import java.util.List;

/**
 * One static page as the template needs it. The HTML fields hold sanitised HTML (the output of
 * {@link io.dandelion.sites.html.Sanitiser}) plus components we render ourselves; everything else is
 * plain text and escaped by the template.
 */
public record PublicPage(String siteName, String locale, String title, String root, String logoUrl,
		List<Link> navigation, List<Link> languages, String topHtml, String bodyHtml, String bottomHtml) {

	/** A link in the navigation or language switcher; {@code current} marks the page being shown. */
	public record Link(String label, String href, boolean current) {
	}
}
