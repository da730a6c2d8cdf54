package io.dandelion.sites.html;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders CommonMark to HTML. Raw HTML in the Markdown is passed through on purpose: the compliance
 * checks must see what the editor wrote, and {@link Sanitiser} removes whatever is not allowed.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

	private Markdown() {
	}

	/** The HTML the Markdown describes, not yet sanitised. */
	public static String toHtml(String markdown) {
		return RENDERER.render(PARSER.parse(markdown));
	}

	/** The sanitised HTML of the Markdown: safe to put into a page. */
	public static String toSafeHtml(String markdown) {
		return Sanitiser.clean(toHtml(markdown));
	}
}
