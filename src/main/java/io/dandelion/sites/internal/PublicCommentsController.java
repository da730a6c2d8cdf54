package io.dandelion.sites.internal;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The comment frame of published pages, at {@code /s/{site}/comments?page=..&locale=..}: the comments
 * moderation approved, with their answers, and the form. Sessionless and script-free: the form carries a
 * signed token, a field only robots fill in (the trap: such a post is thanked and dropped), and is
 * limited per visitor and per site; every refusal says why in the page's language, keeping the text.
 */
@Controller
class PublicCommentsController {

	private static final Logger log = LoggerFactory.getLogger(PublicCommentsController.class);

	private final Sites sites;
	private final SitePages pages;
	private final SiteComments comments;
	private final CommentKeys keys;
	private final CommentRate rate;
	private final TemplateEngine templates;
	private final MessageSource messages;
	private final Clock clock;
	private final Limits limits;

	/** How many comments one visitor, and one site, may receive per window. */
	record Limits(int perVisitor, int perSite, Duration window) {
	}

	PublicCommentsController(Sites sites, SitePages pages, SiteComments comments, CommentKeys keys, CommentRate rate,
			TemplateEngine templates, MessageSource messages,
			@Value("${dandelion.sites.comments.per-visitor:5}") int perVisitor,
			@Value("${dandelion.sites.comments.per-site:120}") int perSite,
			@Value("${dandelion.sites.comments.window:PT10M}") Duration window) {
		this.sites = sites;
		this.pages = pages;
		this.comments = comments;
		this.keys = keys;
		this.rate = rate;
		this.templates = templates;
		this.messages = messages;
		this.clock = Clock.systemUTC();
		this.limits = new Limits(perVisitor, perSite, window);
	}

	@GetMapping("/s/{key}/comments")
	ResponseEntity<String> frame(@PathVariable String key, @RequestParam String page, @RequestParam String locale,
			@RequestParam(defaultValue = "false") boolean sent) {
		var site = commentable(key, page, locale);
		return render(HttpStatus.OK, site, page, locale, new SiteCommentForm("", ""), List.of(),
				sent ? text(locale, "comments.sent") : null);
	}

	@PostMapping("/s/{key}/comments")
	ResponseEntity<String> post(@PathVariable String key, @RequestParam String page, @RequestParam String locale,
			@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String website,
			HttpServletRequest request) {
		var site = commentable(key, page, locale);
		var form = new SiteCommentForm(name, body);
		var now = clock.instant();
		if (!website.isEmpty()) {
			log.debug("a post to the comment trap of site {} was dropped", site.slug());
			return sent(key, page, locale);
		}
		if (!keys.valid(token, site, page, locale, now)) {
			return render(HttpStatus.BAD_REQUEST, site, page, locale, form, List.of(text(locale, "comments.error.expired")),
					null);
		}
		var problems = form.problems();
		if (!problems.isEmpty()) {
			return render(HttpStatus.BAD_REQUEST, site, page, locale, form,
					problems.stream().map(p -> text(locale, p.key(), p.limit(), p.actual())).toList(), null);
		}
		String visitor = keys.hash("address|" + request.getRemoteAddr());
		if (!rate.allow("visitor:" + visitor, limits.perVisitor(), limits.window(), now)) {
			return render(HttpStatus.TOO_MANY_REQUESTS, site, page, locale, form,
					List.of(text(locale, "comments.error.too-many", limits.perVisitor(), limits.window().toMinutes())),
					null);
		}
		if (!rate.allow("site:" + site.id(), limits.perSite(), limits.window(), now)) {
			return render(HttpStatus.TOO_MANY_REQUESTS, site, page, locale, form,
					List.of(text(locale, "comments.error.site-busy")), null);
		}
		String author = keys.hash("author|" + site.id() + "|" + form.name().toLowerCase(Locale.ROOT) + "|"
				+ request.getRemoteAddr());
		comments.post(site, page, locale, form.name(), form.body(), author);
		return sent(key, page, locale);
	}

	/** The published site with this page in this locale, or 404. */
	private Site commentable(String key, String page, String locale) {
		var site = sites.findPublic(key)
			.filter(s -> s.publishedAt() != null)
			.orElseThrow(() -> new SitesException.NotFound("no published site " + key));
		if (!site.locales().contains(locale)
				|| pages.list(site).stream().noneMatch(t -> t.slug().equals(page) && t.locale().equals(locale))) {
			throw new SitesException.NotFound("site " + key + " has no page " + page + " in " + locale);
		}
		return site;
	}

	private ResponseEntity<String> sent(String key, String page, String locale) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header("Location", "/s/" + key + "/comments?page=" + encode(page) + "&locale=" + encode(locale) + "&sent=true")
			.build();
	}

	private ResponseEntity<String> render(HttpStatus status, Site site, String page, String locale,
			SiteCommentForm form, List<String> errors, String notice) {
		var frame = new CommentFrame(site.name(), "/s/" + site.publicKey() + "/", page, locale,
				keys.token(site, page, locale, clock.instant()), comments.shown(site, page, locale), form.name(),
				form.body(), errors, notice, texts(locale));
		var output = new StringOutput();
		templates.render("sites/site/comments.jte", Map.of("frame", frame), output);
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
			.body(output.toString());
	}

	private Map<String, String> texts(String locale) {
		return CommentFrame.KEYS.stream()
			.collect(java.util.stream.Collectors.toMap(k -> k, k -> text(locale, "comments." + k,
					SiteCommentForm.MAX_NAME, SiteCommentForm.MAX_BODY)));
	}

	private String text(String locale, String key, Object... arguments) {
		// with arguments every message goes through MessageFormat, so '' is always one apostrophe
		return messages.getMessage(key, arguments.length == 0 ? new Object[] { 0 } : arguments, key,
				Locale.forLanguageTag(locale));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
