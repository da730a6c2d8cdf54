package io.dandelion.sites.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/** Read-only facts about an HTML fragment, for the compliance checks. */
public final class HtmlInspection {

	private static final Set<String> DANGEROUS_TAGS = Set.of("script", "style", "iframe", "frame", "frameset",
			"object", "embed", "applet", "svg", "math", "form", "input", "button", "textarea", "select", "base", "meta",
			"link", "template", "noscript");
	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"background", "poster", "srcset", "data");

	private final Document document;
	private final List<ParseError> parseErrors;

	private HtmlInspection(String html) {
		var parser = Parser.htmlParser().setTrackErrors(50);
		this.document = Jsoup.parse("<!DOCTYPE html><html><head><title>t</title></head><body>" + html + "</body></html>",
				"", parser);
		this.parseErrors = List.copyOf(parser.getErrors());
	}

	public static HtmlInspection of(String html) {
		return new HtmlInspection(html);
	}

	/** Each piece of HTML that the sanitiser would remove because it could run code or change the page. */
	public List<String> unsafeParts() {
		var unsafe = new ArrayList<String>();
		for (Element element : document.body().getAllElements()) {
			String tag = element.normalName();
			if (DANGEROUS_TAGS.contains(tag)) {
				unsafe.add("<" + tag + "> element");
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				if (name.startsWith("on")) {
					unsafe.add(name + " event handler on <" + tag + ">");
				}
				else if (name.equals("style")) {
					unsafe.add("style attribute on <" + tag + ">");
				}
				else if (URL_ATTRIBUTES.contains(name) && scriptUrl(attribute.getValue())) {
					unsafe.add("script URL in " + name + " of <" + tag + ">");
				}
			}
		}
		return unsafe;
	}

	/** The HTML parser's complaints: unclosed or stray tags, bad nesting. */
	public List<String> parseErrors() {
		return parseErrors.stream().map(ParseError::getErrorMessage).toList();
	}

	/** The {@code src} of every image without a meaningful alternative text. */
	public List<String> imagesWithoutAlt() {
		return document.body()
			.select("img")
			.stream()
			.filter(img -> img.attr("alt").isBlank() && !img.attr("role").equals("presentation"))
			.map(img -> img.attr("src"))
			.toList();
	}

	/** Heading levels (1-6) in document order. */
	public List<Integer> headingLevels() {
		return document.body().select("h1, h2, h3, h4, h5, h6").stream().map(h -> h.normalName().charAt(1) - '0').toList();
	}

	/** The {@code href} of every link. */
	public List<String> links() {
		return document.body().select("a[href]").stream().map(a -> a.attr("href").strip()).toList();
	}

	/** Whether a URL, once entities are decoded (the parser did that) and blanks removed, runs script. */
	static boolean scriptUrl(String value) {
		String compact = value.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
		return compact.startsWith("javascript:") || compact.startsWith("vbscript:") || compact.startsWith("data:");
	}
}
