package io.dandelion.sites.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves the current release of a published site at {@code /s/{host or slug}/...}. */
@Controller
class PublicSiteController {

	private final Sites sites;
	private final StaticReleases releases;

	PublicSiteController(Sites sites, StaticReleases releases) {
		this.sites = sites;
		this.releases = releases;
	}

	@GetMapping("/s/{key}")
	ResponseEntity<Void> root(@PathVariable String key) {
		return ResponseEntity.status(302).header("Location", "/s/" + key + "/").build();
	}

	@GetMapping({ "/s/{key}/", "/s/{key}/**" })
	ResponseEntity<byte[]> file(@PathVariable String key, HttpServletRequest request) throws IOException {
		var site = sites.findPublic(key).orElseThrow(() -> new SitesException.NotFound("no site " + key));
		String prefix = "/s/" + key + "/";
		String path = request.getRequestURI().substring(Math.min(request.getRequestURI().length(), prefix.length()));
		var file = releases.file(site.id(), path)
			.orElseThrow(() -> new SitesException.NotFound("no page " + path + " on " + key));
		if (Files.isDirectory(file.getParent()) && !path.isEmpty() && !path.endsWith("/")
				&& file.getFileName().toString().equals("index.html") && !path.endsWith("index.html")) {
			return ResponseEntity.status(302).header("Location", prefix + path + "/").build();
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(PreviewController.mediaType(file.getFileName().toString()))
			.body(Files.readAllBytes(file));
	}
}
