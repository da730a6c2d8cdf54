package io.dandelion.sites.internal;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.dandelion.conversations.PublicPosts;
import io.dandelion.sites.html.Markdown;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a site's content to static files: one directory per locale and page, a brand stylesheet,
 * a sitemap and an entry page. All links are relative, so the same files work on the site's own host,
 * under {@code /s/{site}/} and in the preview.
 */
@Component
class SiteRenderer {

	/** Posts the social-feed block shows. */
	static final int FEED_SIZE = 5;

	/** The wordmark every release carries; a blueprint's logo {@code /logo.svg} is this file. */
	static final String LOGO = "logo.svg";

	private final TemplateEngine templates;
	private final PublicPosts posts;
	private final MessageSource messages;
	private final String publicUrl;

	SiteRenderer(TemplateEngine templates, PublicPosts posts, MessageSource messages,
			@Value("${dandelion.sites.public-url:}") String publicUrl) {
		this.templates = templates;
		this.posts = posts;
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** Path (relative, no leading slash) to file content. */
	Map<String, byte[]> render(SiteContent content) {
		var files = new LinkedHashMap<String, byte[]>();
		var site = content.site();
		for (String locale : site.locales()) {
			var pages = content.pages(locale);
			for (int i = 0; i < pages.size(); i++) {
				var page = pages.get(i);
				files.put(locale + "/" + page.slug() + "/index.html", utf8(page(content, page, "../../")));
				if (i == 0) {
					files.put(locale + "/index.html", utf8(page(content, page, "../")));
				}
			}
		}
		files.put("index.html", utf8(entry(site)));
		files.put("style.css", utf8(stylesheet(content.blueprint().brand())));
		files.put(LOGO, utf8(wordmark(site.name(), content.blueprint().brand())));
		files.put("sitemap.xml", utf8(sitemap(content)));
		return files;
	}

	/** One page on its own, for the preview. */
	String page(SiteContent content, SiteContent.Page page, String root) {
		var site = content.site();
		var navigation = content.pages(page.locale())
			.stream()
			.map(p -> new PublicPage.Link(p.title(), root + p.locale() + "/" + p.slug() + "/", p.slug().equals(page.slug())))
			.toList();
		var languages = site.locales()
			.stream()
			.map(l -> new PublicPage.Link(l, root + l + "/" + page.slug() + "/", l.equals(page.locale())))
			.toList();
		var top = new StringBuilder();
		var bottom = new StringBuilder();
		for (var region : content.regions(page.locale())) {
			(region.bottom() ? bottom : top).append(html(content, region.markdown(), page, root));
		}
		var model = new PublicPage(site.name(), page.locale(), page.title(), root,
				logo(content.blueprint().brand().logoUrl(), root), navigation, languages, top.toString(),
				html(content, page.markdown(), page, root), bottom.toString());
		var output = new StringOutput();
		templates.render("sites/site/page.jte", Map.of("page", model), output);
		return output.toString();
	}

	/** Sanitised HTML of the Markdown, with the blueprint's allowed components and relative site links. */
	private String html(SiteContent content, String markdown, SiteContent.Page page, String root) {
		Document document = Jsoup.parseBodyFragment(Markdown.toSafeHtml(markdown));
		document.outputSettings().prettyPrint(false);
		for (Element paragraph : document.body().select("p")) {
			String text = paragraph.text().strip();
			if (text.matches("\\{\\{[a-z-]+\\}\\}")) {
				String component = text.substring(2, text.length() - 2);
				if (content.blueprint().components().contains(component)) {
					paragraph.before(component(content, component, page));
					paragraph.remove();
				}
			}
		}
		for (Element link : document.body().select("a[href^=/], img[src^=/]")) {
			String attribute = link.normalName().equals("a") ? "href" : "src";
			String value = link.attr(attribute);
			if (!value.startsWith("//")) {
				link.attr(attribute, root + value.substring(1));
			}
		}
		return document.body().html();
	}

	private String component(SiteContent content, String component, SiteContent.Page page) {
		var site = content.site();
		if (component.equals("comments")) {
			String src = publicUrl + "/s/" + site.publicKey() + "/comments?page=" + encode(page.slug()) + "&locale="
					+ encode(page.locale());
			return "<section class=\"comments\"><iframe src=\"" + HtmlUtils.htmlEscape(src)
					+ "\" title=\"Comments\" loading=\"lazy\" sandbox=\"allow-forms allow-same-origin\"></iframe></section>";
		}
		return socialFeed(content, page.locale());
	}

	/**
	 * The unit's latest public posts, as they were when the site was rendered (a static site cannot ask
	 * again): everything escaped, links only to the platforms' https addresses.
	 */
	private String socialFeed(SiteContent content, String locale) {
		var latest = posts.latest(content.site().unit(), FEED_SIZE);
		var language = Locale.forLanguageTag(locale);
		var html = new StringBuilder("<section class=\"social-feed\"><h2>")
			.append(HtmlUtils.htmlEscape(messages.getMessage("feed.title", null, "Latest posts", language)))
			.append("</h2><ul>");
		for (var post : latest) {
			html.append("<li><span class=\"platform\">")
				.append(HtmlUtils.htmlEscape(post.platform()))
				.append("</span> <time datetime=\"")
				.append(post.at())
				.append("\">")
				.append(DateTimeFormatter.ISO_LOCAL_DATE.format(post.at().atOffset(ZoneOffset.UTC)))
				.append("</time> <span class=\"text\">")
				.append(HtmlUtils.htmlEscape(post.text()))
				.append("</span>");
			if (post.url() != null) {
				html.append(" <a href=\"")
					.append(HtmlUtils.htmlEscape(post.url()))
					.append("\" rel=\"noopener nofollow\">")
					.append(HtmlUtils.htmlEscape(messages.getMessage("feed.open", null, "See the post", language)))
					.append("</a>");
			}
			html.append("</li>");
		}
		if (latest.isEmpty()) {
			html.append("<li>")
				.append(HtmlUtils.htmlEscape(messages.getMessage("feed.none", null, "No posts yet.", language)))
				.append("</li>");
		}
		return html.append("</ul></section>").toString();
	}

	private static String logo(String url, String root) {
		return url.startsWith("/") ? root + url.substring(1) : url;
	}

	/**
	 * The site's own logo, drawn here so that a blueprint without a hosted logo still has one: a round mark
	 * and the site's name in the brand's primary colour and heading font.
	 */
	static String wordmark(String name, Brand brand) {
		int width = 64 + (int) Math.ceil(name.length() * 15.5);
		String colour = HtmlUtils.htmlEscape(brand.primaryColour());
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"48\" viewBox=\"0 0 " + width
				+ " 48\" role=\"img\" aria-label=\"" + HtmlUtils.htmlEscape(name) + "\">"
				+ "<circle cx=\"24\" cy=\"24\" r=\"20\" fill=\"" + colour + "\"/>"
				+ "<circle cx=\"24\" cy=\"24\" r=\"7\" fill=\"#ffffff\"/>"
				+ "<path d=\"M24 4v10M24 34v10M4 24h10M34 24h10M10 10l7 7M31 31l7 7M38 10l-7 7M17 31l-7 7\" stroke=\"#ffffff\" stroke-width=\"2.5\" stroke-linecap=\"round\"/>"
				+ "<text x=\"56\" y=\"33\" font-size=\"26\" font-family=\"" + HtmlUtils.htmlEscape(brand.headingFont())
				+ "\" fill=\"" + colour + "\">" + HtmlUtils.htmlEscape(name) + "</text></svg>\n";
	}

	private static String entry(Site site) {
		String target = HtmlUtils.htmlEscape(site.defaultLocale()) + "/";
		return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(site.name())
				+ "</title><meta http-equiv=\"refresh\" content=\"0; url=" + target + "\"></head><body><a href=\""
				+ target + "\">" + HtmlUtils.htmlEscape(site.name()) + "</a></body></html>";
	}

	/** The brand tokens as CSS; they were validated (hex colours, plain font stacks) when the blueprint was published. */
	private static String stylesheet(Brand brand) {
		return ":root{--primary:" + brand.primaryColour() + ";--text:" + brand.textColour() + ";--background:"
				+ brand.backgroundColour() + "}\n" + "body{margin:0;font-family:" + brand.bodyFont()
				+ ";color:var(--text);background:var(--background);line-height:1.6}\n" + "h1,h2,h3,h4{font-family:"
				+ brand.headingFont() + "}\n" + "a{color:var(--primary)}\n"
				+ ".skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}\n"
				+ ".site-header,.site-footer,main{max-width:60rem;margin:0 auto;padding:1rem}\n"
				+ ".site-header nav ul{display:flex;gap:1rem;list-style:none;padding:0;flex-wrap:wrap}\n"
				+ ".logo img{max-height:3rem}.comments iframe{width:100%;min-height:28rem;border:0}\n"
				+ "img{max-width:100%}\n";
	}

	private String sitemap(SiteContent content) {
		var site = content.site();
		String base = site.host() != null ? "https://" + site.host() + site.basePath()
				: publicUrl + "/s/" + site.slug() + "/";
		String lastModified = DateTimeFormatter.ISO_LOCAL_DATE.format(java.time.Instant.now().atOffset(ZoneOffset.UTC));
		var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		var seen = new ArrayList<String>();
		for (var page : content.pages()) {
			String loc = base + page.locale() + "/" + page.slug() + "/";
			if (!seen.contains(loc)) {
				seen.add(loc);
				xml.append("  <url><loc>")
					.append(HtmlUtils.htmlEscape(loc))
					.append("</loc><lastmod>")
					.append(lastModified)
					.append("</lastmod></url>\n");
			}
		}
		return xml.append("</urlset>\n").toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
