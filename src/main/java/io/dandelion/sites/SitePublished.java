package io.dandelion.sites;

import io.dandelion.organisation.UnitId;
import java.time.Instant;

/** A site's static files were replaced by a new release. */
public record SitePublished(SiteId site, UnitId unit, String slug, Instant at) {
}
