package io.dandelion.channels.meta;

import io.dandelion.channels.connector.AccountIdentity;
import io.dandelion.channels.platforms.PlatformClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Which Page (or Instagram account) a Facebook sign-in connects, and with which token. The code exchange
 * gives a short-lived user token; it is traded for a long-lived one ({@code fb_exchange_token}), whose
 * {@code /me/accounts} lists the Pages the user granted with a Page token each that does not expire. The
 * Page token is what the channel keeps; the user's tokens are not stored. Facebook's dialog lets the user
 * grant one Page or several: a connection takes exactly one (a reconnection the channel's own).
 */
final class MetaPages {

	private MetaPages() {
	}

	/** A Page or Instagram account the user granted, and the Page token that reaches it. */
	private record Granted(String id, String handle, String pageToken) {
	}

	/**
	 * @param user a client carrying the user token of the sign-in
	 * @param longLived a client carrying the given token, for the long-lived one
	 */
	static AccountIdentity identify(PlatformClient user, Function<String, PlatformClient> longLived,
			MetaConnector.Surface surface, String clientId, String clientSecret, String userToken,
			@Nullable String externalId) {
		JsonNode exchanged = user.get(MetaConnector.VERSION + "oauth/access_token", Map.of("grant_type",
				"fb_exchange_token", "client_id", clientId, "client_secret", clientSecret, "fb_exchange_token", userToken));
		String token = exchanged.path("access_token").asString("");
		JsonNode pages = longLived.apply(token.isEmpty() ? userToken : token)
			.get(MetaConnector.VERSION + "me/accounts",
					Map.of("fields", "id,name,access_token,instagram_business_account{id,username}"))
			.path("data");
		List<Granted> granted = new ArrayList<>();
		for (JsonNode page : pages) {
			String pageToken = page.path("access_token").asString("");
			JsonNode instagram = page.path("instagram_business_account");
			if (pageToken.isEmpty()) {
				continue;
			}
			if (surface == MetaConnector.Surface.FACEBOOK) {
				granted.add(new Granted(page.path("id").asString(""), page.path("name").asString(""), pageToken));
			}
			else if (instagram.path("id").isString()) {
				granted.add(new Granted(instagram.path("id").stringValue(),
						"@" + instagram.path("username").asString(instagram.path("id").stringValue()), pageToken));
			}
		}
		Granted chosen = choose(granted, surface, externalId);
		return new AccountIdentity(chosen.id(), chosen.handle(), Map.of("access_token", chosen.pageToken()));
	}

	private static Granted choose(List<Granted> granted, MetaConnector.Surface surface, @Nullable String externalId) {
		String what = surface == MetaConnector.Surface.FACEBOOK ? "Facebook Page" : "Instagram professional account";
		if (externalId != null) {
			return granted.stream().filter(g -> g.id().equals(externalId)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("The Facebook sign-in did not grant this channel's "
						+ what + " (" + externalId + "); grant it in Facebook's dialog and reconnect."));
		}
		if (granted.isEmpty()) {
			throw new IllegalArgumentException("The Facebook sign-in granted no " + what
					+ "; choose one in Facebook's dialog.");
		}
		if (granted.size() > 1) {
			throw new IllegalArgumentException("The Facebook sign-in granted " + granted.size() + " of them ("
					+ granted.stream().map(Granted::handle).collect(Collectors.joining(", ")) + "): connect one " + what
					+ " at a time, granting only that one in Facebook's dialog.");
		}
		return granted.get(0);
	}
}
