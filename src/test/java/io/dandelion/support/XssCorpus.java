package io.dandelion.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Our cross-site scripting corpus: script tags, event handlers, {@code javascript:} and {@code data:} URLs,
 * SVG and MathML, attribute and element break-outs, entity-, percent- and JSON-encoded variants and
 * template injections. Payload n, if it ever ran, would set {@code window.__pwned} to n or open an alert;
 * {@link #assertNothingRan} checks both, and that no element carrying script was made from the text.
 */
public final class XssCorpus {

	/** The payloads; {@code N} is replaced by each one's number. */
	private static final List<String> TEMPLATES = List.of("<script>window.__pwned=N</script>",
			"<img src=x onerror=\"window.__pwned=N\">", "<svg onload=window.__pwned=N>", "<svg><script>window.__pwned=N</script></svg>",
			"<a href=\"javascript:window.__pwned=N\">click</a>", "javascript:window.__pwned=N",
			"\"><script>window.__pwned=N</script>", "'><img src=x onerror=window.__pwned=N>",
			"</textarea><script>window.__pwned=N</script>", "</title><script>window.__pwned=N</script>",
			"<iframe srcdoc=\"<script>parent.__pwned=N</script>\"></iframe>", "<details open ontoggle=window.__pwned=N>",
			"<input autofocus onfocus=window.__pwned=N>", "<body onload=window.__pwned=N>",
			"<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=N>",
			"&lt;script&gt;window.__pwned=N&lt;/script&gt;", "&#60;script&#62;window.__pwned=N&#60;/script&#62;",
			"%3Cscript%3Ewindow.__pwned=N%3C/script%3E", "\\u003cscript\\u003ewindow.__pwned=N\\u003c/script\\u003e",
			"<object data=\"javascript:window.__pwned=N\"></object>", "<embed src=\"data:text/html,<script>parent.__pwned=N</script>\">",
			"<style>@import 'javascript:window.__pwned=N';</style>", "{{constructor.constructor('window.__pwned=N')()}}",
			"${window.__pwned=N}", "<div hx-get=\"/\" hx-on::load=\"window.__pwned=N\">htmx</div>",
			"<x onmouseover=window.__pwned=N>hover</x>", "<scr<script>ipt>window.__pwned=N</scr</script>ipt>",
			"<img src=x onerror=alert(N)>", "<sCrIpT>window.__pwned=N</ScRiPt>", "\u202e<script>window.__pwned=N</script>",
			"<noscript><p title=\"</noscript><img src=x onerror=window.__pwned=N>\">");

	/** Every payload, numbered from 1. */
	public static final List<String> PAYLOADS = IntStream.range(0, TEMPLATES.size())
		.mapToObj(i -> TEMPLATES.get(i).replace("N", Integer.toString(i + 1)))
		.toList();

	/** Elements and attributes that would carry script if a payload had become markup. */
	static final String SCRIPTED = "script:not([src]), [onerror], [onload], [onfocus], [ontoggle], [onmouseover], "
			+ "[hx-on\\:\\:load], iframe[srcdoc], object, embed, a[href^='javascript:' i]";

	private XssCorpus() {
	}

	/** Nothing of the corpus ran on the page the browser shows, nor became an element that could run. */
	public static void assertNothingRan(Browser browser, String page) {
		assertThatThrownBy(() -> browser.driver.switchTo().alert()).as("an alert opened on " + page)
			.isInstanceOf(NoAlertPresentException.class);
		Object pwned = browser.driver.executeScript("return window.__pwned === undefined ? null : String(window.__pwned)");
		assertThat(pwned).as("payload number that ran on " + page).isNull();
		Object scripted = browser.driver.executeScript(
				"return Array.from(document.querySelectorAll(arguments[0])).filter(e => /pwned|alert/.test(e.outerHTML))"
						+ ".map(e => e.outerHTML.substring(0, 200))",
				SCRIPTED);
		assertThat((List<?>) scripted).as("elements made from the corpus on " + page).isEmpty();
	}
}
