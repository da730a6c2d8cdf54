package io.dandelion.sites.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The allow-list every page body goes through before it reaches a visitor: text formatting, headings,
 * lists, tables, links (http, https, mailto, tel and relative) and images (http, https and relative).
 * Everything else is dropped: scripts, styles, frames, forms, SVG and MathML, every event handler and
 * every {@code javascript:} or {@code data:} URL, however it is encoded.
 */
public final class Sanitiser {

	private static final String BASE = "https://site.invalid/";

	private static final Safelist SAFELIST = new Safelist()
		.addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "div", "dl",
				"dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
				"li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table",
				"tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul")
		.addAttributes("a", "href", "title", "hreflang")
		.addAttributes("img", "src", "alt", "title", "width", "height")
		.addAttributes("td", "colspan", "rowspan")
		.addAttributes("th", "colspan", "rowspan", "scope")
		.addAttributes("ol", "start")
		.addAttributes("time", "datetime")
		.addAttributes(":all", "lang", "dir")
		.addProtocols("a", "href", "http", "https", "mailto", "tel")
		.addProtocols("img", "src", "http", "https")
		.addEnforcedAttribute("a", "rel", "noopener noreferrer")
		.preserveRelativeLinks(true);

	private Sanitiser() {
	}

	/** The allowed part of an HTML fragment. */
	public static String clean(String html) {
		var settings = new Document.OutputSettings().prettyPrint(false);
		return Jsoup.clean(html, BASE, SAFELIST, settings);
	}

	/** Whether the fragment needs no cleaning at all. */
	public static boolean isClean(String html) {
		return Jsoup.isValid(html, SAFELIST);
	}

	static Safelist safelist() {
		return SAFELIST;
	}
}
