package io.dandelion.sites.internal;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.sites.SiteId;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves a site rendered from its drafts, for its editors only, at {@code /sites/{id}/preview/...}. */
@Controller
class PreviewController {

	private final CurrentAccess access;
	private final Sites sites;
	private final SiteContents contents;
	private final SiteRenderer renderer;

	PreviewController(CurrentAccess access, Sites sites, SiteContents contents, SiteRenderer renderer) {
		this.access = access;
		this.sites = sites;
		this.contents = contents;
		this.renderer = renderer;
	}

	@GetMapping({ "/sites/{id}/preview", "/sites/{id}/preview/", "/sites/{id}/preview/**" })
	ResponseEntity<byte[]> preview(@PathVariable String id, HttpServletRequest request) {
		var site = sites.require(access.get(), SiteId.of(id));
		String prefix = "/sites/" + id + "/preview";
		String path = request.getRequestURI().substring(Math.min(request.getRequestURI().length(), prefix.length()));
		if (path.isEmpty()) {
			return ResponseEntity.status(302).header("Location", prefix + "/").build();
		}
		var files = renderer.render(contents.assemble(site, SiteContent.Purpose.PREVIEW));
		String file = path.substring(1);
		if (file.isEmpty() || file.endsWith("/")) {
			file = file + "index.html";
		}
		byte[] body = files.get(file);
		if (body == null) {
			if (files.containsKey(file + "/index.html")) {
				return ResponseEntity.status(302).header("Location", prefix + path + "/").build();
			}
			throw new SitesException.NotFound("the preview has no " + path);
		}
		return ResponseEntity.ok().contentType(mediaType(file)).body(body);
	}

	static MediaType mediaType(String file) {
		if (file.endsWith(".css")) {
			return new MediaType("text", "css", StandardCharsets.UTF_8);
		}
		if (file.endsWith(".svg")) {
			return MediaType.valueOf("image/svg+xml");
		}
		if (file.endsWith(".xml")) {
			return MediaType.APPLICATION_XML;
		}
		return new MediaType("text", "html", StandardCharsets.UTF_8);
	}
}
