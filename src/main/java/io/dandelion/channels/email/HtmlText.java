package io.dandelion.channels.email;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML mail reduced to plain text: what a reader sees, with line breaks where blocks and
 * {@code <br>} put them, and the address of each link after its words (so a disguised link shows
 * where it goes). Scripts, styles, forms, embedded objects, comments and hidden elements are dropped;
 * no markup survives, and pages escape the text like any other message.
 */
final class HtmlText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3",
			"h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer", "hr", "dt", "dd");

	private HtmlText() {
	}

	static String of(String html) {
		Document document = Jsoup.parse(html);
		document.select("script, style, head, template, noscript, iframe, object, embed, form, svg, "
				+ "[hidden], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]").remove();
		StringBuilder text = new StringBuilder();
		document.body().traverse(new Writer(text));
		return tidy(text.toString());
	}

	private record Writer(StringBuilder text) implements NodeVisitor {

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode words) {
				text.append(words.text());
			}
			else if (node instanceof Element element) {
				String tag = element.normalName();
				if (tag.equals("br")) {
					text.append('\n');
				}
				else if (tag.equals("li")) {
					text.append("\n- ");
				}
				else if (BLOCKS.contains(tag)) {
					text.append('\n');
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element) {
				String tag = element.normalName();
				if (tag.equals("a")) {
					String href = element.attr("href").strip();
					if ((href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:"))
							&& !element.text().strip().equals(href)) {
						text.append(" (").append(href).append(')');
					}
				}
				else if (tag.equals("td") || tag.equals("th")) {
					text.append(' ');
				}
				else if (BLOCKS.contains(tag)) {
					text.append('\n');
				}
			}
		}
	}

	/** One space between words, no blank runs longer than one empty line, no white space at line ends. */
	private static String tidy(String raw) {
		StringBuilder out = new StringBuilder();
		int emptyLines = 0;
		for (String line : raw.split("\n", -1)) {
			String clean = line.replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
			if (clean.isEmpty()) {
				emptyLines++;
				continue;
			}
			if (!out.isEmpty()) {
				out.append(emptyLines > 0 ? "\n\n" : "\n");
			}
			out.append(clean);
			emptyLines = 0;
		}
		return out.toString();
	}
}
