package io.dandelion.moderation.internal;

import io.dandelion.moderation.ReasonCodes;
import io.dandelion.moderation.ReviewItem.Verdict;
import io.dandelion.organisation.Permission;
import io.dandelion.platform.web.NavigationItem;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The reason codes moderators pick from, per verdict: the defaults unless configured, e.g.
 * {@code dandelion.moderation.reason-codes.hide=insult,spam,off-topic}; and the navigation entry.
 */
@Configuration
class ModerationConfiguration {

	@Bean
	ReasonCodes reasonCodes(Environment environment) {
		Map<Verdict, Set<String>> codes = new EnumMap<>(Verdict.class);
		ReasonCodes defaults = ReasonCodes.defaults();
		for (Verdict verdict : Verdict.values()) {
			String configured = environment
				.getProperty("dandelion.moderation.reason-codes." + verdict.name().toLowerCase(Locale.ROOT));
			codes.put(verdict, configured == null || configured.isBlank() ? defaults.codes().get(verdict)
					: Arrays.stream(configured.split(",")).map(String::trim).filter(c -> !c.isEmpty())
						.collect(Collectors.toUnmodifiableSet()));
		}
		return new ReasonCodes(codes);
	}

	@Bean
	static NavigationItem moderationNavigation() {
		return new NavigationItem("Moderation", "/moderation/reviews", 30, Permission.MODERATE);
	}

	@Bean
	static NavigationItem policiesNavigation() {
		return new NavigationItem("Policies", "/moderation/policies", 35, Permission.POLICIES_MANAGE);
	}
}
