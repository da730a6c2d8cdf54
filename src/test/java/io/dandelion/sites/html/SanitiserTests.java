package io.dandelion.sites.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SanitiserTests {

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
			"<img src=x onerror=alert(1)>", "<img src=\"x\" ONERROR=\"alert(1)\">", "<body onload=alert(1)>",
			"<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
			"<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
			"<a href=\"&#x6A;avascript:alert(1)\">x</a>", "<a href=\" javascript:alert(1)\">x</a>",
			"<a href=\"vbscript:msgbox(1)\">x</a>", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
			"<svg onload=alert(1)><script>alert(1)</script></svg>", "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
			"<math><mtext><script>alert(1)</script></mtext></math>", "<iframe src=\"javascript:alert(1)\"></iframe>",
			"<object data=\"javascript:alert(1)\"></object>", "<embed src=\"x.swf\">", "<form action=\"javascript:alert(1)\"><button>x</button></form>",
			"<div style=\"background:url(javascript:alert(1))\">x</div>", "<style>body{background:url(javascript:alert(1))}</style>",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "<base href=\"javascript:alert(1)//\">",
			"<details open ontoggle=alert(1)>", "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
			"<scr<script>ipt>alert(1)</script>", "<<script>alert(1)//<</script>", "<a href=\"java\nscript:alert(1)\">x</a>",
			"<p title=\"</p><script>alert(1)</script>\">x</p>", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
			"<template><script>alert(1)</script></template>", "<video><source onerror=\"alert(1)\"></video>",
			"<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>" })
	void removesEveryWayToRunScript(String attack) {
		for (String html : new String[] { attack, Markdown.toHtml(attack), Markdown.toHtml("Some *text*\n\n" + attack) }) {
			String clean = Sanitiser.clean(html).toLowerCase(Locale.ROOT);
			assertThat(clean).doesNotContain("<script", "<svg", "<iframe", "<object", "<embed", "<style", "<meta",
					"<base", "<form", "<math", "javascript:", "vbscript:", "data:", "onerror", "onload", "ontoggle",
					"style=");
			assertThat(org.jsoup.Jsoup.parseBodyFragment(clean).body().select("*").stream()
				.flatMap(e -> e.attributes().asList().stream())
				.filter(a -> a.getKey().startsWith("on"))).isEmpty();
		}
	}

	@Test
	void keepsOrdinaryFormattingLinksAndImages() {
		String html = Markdown.toSafeHtml("""
				## Opening hours

				We are **open** from *9 to 5*. See [contact](/en/contact/), [map](https://maps.example/acme),
				[mail](mailto:hello@acme.example) or [call](tel:+33100000000).

				![Our shop](https://cdn.acme.example/shop.jpg "Shop")

				- one
				- two
				""");
		assertThat(html).contains("<h2>Opening hours</h2>", "<strong>open</strong>", "<em>9 to 5</em>",
				"href=\"/en/contact/\"", "href=\"https://maps.example/acme\"", "href=\"mailto:hello@acme.example\"",
				"href=\"tel:+33100000000\"", "<img src=\"https://cdn.acme.example/shop.jpg\" alt=\"Our shop\"",
				"<li>one</li>", "rel=\"noopener noreferrer\"");
	}

	@Test
	void escapesTextThatLooksLikeMarkup() {
		assertThat(Markdown.toSafeHtml("`<script>alert(1)</script>`")).contains("&lt;script&gt;");
	}

	@Test
	void inspectionNamesWhatIsUnsafe() {
		var inspection = HtmlInspection.of("<p onclick=\"x()\">a</p><a href=\"&#106;avascript:x()\">b</a><svg></svg>");
		assertThat(inspection.unsafeParts()).containsExactlyInAnyOrder("onclick event handler on <p>",
				"script URL in href of <a>", "<svg> element");
		assertThat(HtmlInspection.of("<p>fine <a href=\"/x/\">x</a></p>").unsafeParts()).isEmpty();
	}
}
