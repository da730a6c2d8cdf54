package io.dandelion.sites.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.support.Gen;
import io.dandelion.support.Hostile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markdown and HTML written by an editor, or pasted by an attacker, through {@link Markdown} and
 * {@link Sanitiser}: whatever goes in, what comes out has no script, handler, style or script URL left,
 * and cleaning it again leaves nothing either.
 */
class SanitiserFuzzTests {

	static final List<String> PIECES = List.of("<script>window.__pwned=1</script>", "<img src=x onerror=window.__pwned=1>",
			"<a href=\"javascript:window.__pwned=1\">x</a>", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
			"<a href=\"&#106;avascript:alert(1)\">x</a>", "<svg><script>alert(1)</script></svg>", "<svg onload=alert(1)>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<iframe src=//evil>", "<style>*{}</style>",
			"<p style=\"background:url(javascript:alert(1))\">", "<div onmouseover=\"alert(1)\">", "<form action=javascript:1>",
			"<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">", "<!--", "-->", "<![CDATA[", "]]>", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
			"[x](javascript:alert(1))", "![x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "<a href=\"\u0000javascript:alert(1)\">",
			"```\n<script>\n```", "    <script>", "*", "_", "#", "> ", "- ", "1. ", "|a|b|\n|-|-|", "\n\n", "&", "&amp;", "&#0;");

	static final int PAGES = 2000;

	@Test
	void nothingThatRunsSurvivesMarkdownAndTheSanitiser() {
		Hostile.check(pages(), PAGES, 20261212L, SanitiserFuzzTests::leavesNothingThatRuns);
	}

	static void leavesNothingThatRuns(String page) {
		String safe = Markdown.toSafeHtml(page);
		assertThat(HtmlInspection.of(safe).unsafeParts()).as("unsafe parts of " + safe).isEmpty();
		String cleanedHtml = Sanitiser.clean(page);
		assertThat(HtmlInspection.of(cleanedHtml).unsafeParts()).as("unsafe parts of " + cleanedHtml).isEmpty();
		String again = Sanitiser.clean(cleanedHtml);
		assertThat(HtmlInspection.of(again).unsafeParts()).as("unsafe parts of " + again).isEmpty();
	}

	static Gen<String> pages() {
		return Gen.oneOf(Gen.of(PIECES), Gen.of(PIECES), Hostile.strings()).list(12).map(pieces -> String.join("", pieces));
	}
}
