package io.dandelion.sites.internal;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import io.dandelion.sites.SiteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sites: copies", description = "Safe copies of a site for the same or another unit.")
class SiteCloneApi {

	/** Where the copy goes: its unit (default: the source's), name, slug, optional host, locales in fallback order. */
	record CloneRequest(@Nullable UUID unit, String name, String slug, @Nullable String host, List<String> locales) {
	}

	/** The new site. */
	record SiteView(UUID id, UUID unit, String name, String slug, @Nullable String host, List<String> locales,
			UUID blueprint, int blueprintVersion) {
	}

	private final CurrentAccess access;
	private final Sites sites;
	private final SiteCloning cloning;

	SiteCloneApi(CurrentAccess access, Sites sites, SiteCloning cloning) {
		this.access = access;
		this.sites = sites;
		this.cloning = cloning;
	}

	@PostMapping("/api/v1/sites/{id}/clone")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Copies a site (pages, drafts, published texts, region overrides; not its history, comments "
			+ "or releases) into a new site; the source never changes. 404 for a site outside the caller's units, "
			+ "403 for a target unit they may not edit, 400 listing every problem (a taken slug or host included)")
	SiteView copy(@PathVariable String id, @RequestBody CloneRequest request) {
		var scope = access.get();
		var source = sites.require(scope, SiteId.of(id));
		var copy = cloning.copy(scope, source.id(), request.unit() == null ? source.unit() : new UnitId(request.unit()),
				new SiteSettings(request.name(), request.slug(), request.host(), "/", request.locales()));
		return new SiteView(copy.id().value(), copy.unit().value(), copy.name(), copy.slug(), copy.host(), copy.locales(),
				copy.blueprint().value(), copy.blueprintVersion());
	}
}
