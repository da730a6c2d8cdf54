package io.dandelion.sites.internal;

import io.dandelion.sites.BlueprintId;
import io.dandelion.sites.SiteId;

import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit's website. Its locales are in fallback order: a text missing in one locale is taken from
 * the next. {@code channel} is the site's channel, through which its comments enter the pipeline.
 */
public record Site(SiteId id, UnitId unit, String name, String slug, @Nullable String host, String basePath,
		List<String> locales, BlueprintId blueprint, int blueprintVersion, ChannelId channel,
		@Nullable Instant publishedAt) {

	public Site {
		locales = List.copyOf(locales);
	}

	/** Where a text for {@code locale} is looked for: that locale, then the site's others in order. */
	public List<String> fallbackChain(String locale) {
		var chain = new ArrayList<String>();
		chain.add(locale);
		locales.stream().filter(l -> !l.equals(locale)).forEach(chain::add);
		return chain;
	}

	public String defaultLocale() {
		return locales.get(0);
	}

	/** The name under which the public copy is served: {@code /s/{host or slug}/}. */
	public String publicKey() {
		return host != null ? host : slug;
	}
}
