package io.dandelion.sites.internal;

import io.dandelion.sites.html.HtmlInspection;
import io.dandelion.sites.html.Markdown;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The compliance checks, run on the content a site is about to publish (or shows now). They are
 * written to avoid the false positives that make editors ignore checkers: each piece of content is
 * checked on its own (a heading in the brand footer is not measured against the page above it), a
 * finding in what only the hub can change is the hub's, and links outside the site are not called
 * broken merely because they cannot be reached from here.
 */
final class ComplianceChecks {

	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	private ComplianceChecks() {
	}

	static List<CheckOutcome> run(SiteContent content) {
		var pieces = pieces(content);
		var blocking = content.blueprint().blockingChecks();
		var outcomes = new ArrayList<CheckOutcome>();
		outcomes.add(CheckOutcome.of(CheckName.REQUIRED_PAGES, requiredPages(content),
				blocking.contains(CheckName.REQUIRED_PAGES)));
		outcomes.add(CheckOutcome.of(CheckName.INTERNAL_LINKS, internalLinks(content, pieces),
				blocking.contains(CheckName.INTERNAL_LINKS)));
		outcomes.add(CheckOutcome.of(CheckName.IMAGE_ALT, perPiece(pieces, piece -> piece.html()
			.imagesWithoutAlt()
			.stream()
			.map(src -> "image " + src + " has no alternative text")
			.toList()), blocking.contains(CheckName.IMAGE_ALT)));
		outcomes.add(CheckOutcome.of(CheckName.HEADING_ORDER, perPiece(pieces, ComplianceChecks::headingJumps),
				blocking.contains(CheckName.HEADING_ORDER)));
		outcomes.add(CheckOutcome.of(CheckName.VALID_HTML, perPiece(pieces,
				piece -> piece.html().parseErrors().stream().map(e -> "HTML error: " + e).toList()),
				blocking.contains(CheckName.VALID_HTML)));
		outcomes.add(CheckOutcome.of(CheckName.SAFE_HTML, perPiece(pieces, piece -> piece.html()
			.unsafeParts()
			.stream()
			.map(part -> part + " is not allowed and is removed before publishing")
			.toList()), blocking.contains(CheckName.SAFE_HTML)));
		return outcomes;
	}

	/** A page or region in one locale, rendered once for all checks. */
	private record Piece(String where, String locale, String path, boolean page, boolean hubOwned,
			HtmlInspection html) {
	}

	private static List<Piece> pieces(SiteContent content) {
		var pieces = new ArrayList<Piece>();
		for (var page : content.pages()) {
			pieces.add(new Piece("page " + page.slug(), page.locale(), page.path(), true, !page.editorOwned(),
					HtmlInspection.of(Markdown.toHtml(page.markdown()))));
		}
		for (var region : content.regions()) {
			pieces.add(new Piece("region " + region.key(), region.locale(), "/" + region.locale() + "/", false,
					!region.editorOwned(), HtmlInspection.of(Markdown.toHtml(region.markdown()))));
		}
		return pieces;
	}

	private static List<CheckOutcome.Finding> perPiece(List<Piece> pieces,
			java.util.function.Function<Piece, List<String>> messages) {
		var findings = new ArrayList<CheckOutcome.Finding>();
		for (var piece : pieces) {
			for (String message : messages.apply(piece)) {
				findings.add(new CheckOutcome.Finding(piece.where(), piece.locale(), message, piece.hubOwned()));
			}
		}
		return findings;
	}

	private static List<CheckOutcome.Finding> requiredPages(SiteContent content) {
		var findings = new ArrayList<CheckOutcome.Finding>();
		for (var template : content.blueprint().pages()) {
			if (!template.required()) {
				continue;
			}
			for (String locale : content.site().locales()) {
				var page = content.pages(locale).stream().filter(p -> p.slug().equals(template.slug())).findFirst();
				if (page.isEmpty()) {
					findings.add(new CheckOutcome.Finding("page " + template.slug(), locale, "required page is missing",
							false));
				}
				else if (page.get().markdown().isBlank()) {
					findings.add(new CheckOutcome.Finding("page " + template.slug(), locale, "required page is empty",
							!page.get().editorOwned()));
				}
			}
		}
		return findings;
	}

	/** Each heading deeper than one level below the heading before it; a page starts below its title (h1). */
	private static List<String> headingJumps(Piece piece) {
		var jumps = new ArrayList<String>();
		Integer previous = piece.page() ? 1 : null;
		for (int level : piece.html().headingLevels()) {
			if (previous != null && level > previous + 1) {
				jumps.add("heading level " + level + " follows level " + previous + " (skips a level)");
			}
			previous = level;
		}
		return jumps;
	}

	private static List<CheckOutcome.Finding> internalLinks(SiteContent content, List<Piece> pieces) {
		Set<String> targets = new HashSet<>(Set.of("/", "/sitemap.xml"));
		for (var page : content.pages()) {
			targets.add(page.path());
			targets.add("/" + page.locale() + "/");
		}
		return perPiece(pieces, piece -> piece.html()
			.links()
			.stream()
			.filter(href -> {
				String path = internalPath(content.site(), piece.path(), href);
				return path != null && !targets.contains(path);
			})
			.map(href -> "link " + href + " leads to no page of this site")
			.toList());
	}

	/** The site path a link leads to, normalised with a trailing slash; null when it leaves the site. */
	static String internalPath(Site site, String from, String href) {
		if (href.isEmpty() || href.startsWith("#")) {
			return null;
		}
		URI uri;
		try {
			uri = new URI(href.replace(" ", "%20"));
		}
		catch (URISyntaxException e) {
			return "(malformed) " + href;
		}
		if (uri.getScheme() != null || href.startsWith("//")) {
			boolean web = uri.getScheme() == null || SCHEME.matcher(href).find()
					&& List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT));
			if (!web || site.host() == null || !site.host().equalsIgnoreCase(uri.getHost())) {
				return null;
			}
			uri = URI.create(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
		}
		String path = URI.create(from).resolve(URI.create(uri.getRawPath().isEmpty() ? from : uri.getRawPath()))
			.normalize()
			.getPath();
		if (!site.basePath().equals("/") && path.startsWith(site.basePath())) {
			path = path.substring(site.basePath().length() - 1);
		}
		if (path.endsWith("/index.html")) {
			path = path.substring(0, path.length() - "index.html".length());
		}
		return path.endsWith("/") || path.endsWith(".xml") ? path : path + "/";
	}
}
