package io.dandelion.channels.platforms;

/** A bearer token that can be renewed when the platform says it expired. */
public interface AccessToken {

	/** The token to send now. */
	String current();

	/** Obtains a new token (e.g. with the refresh token) and returns it. */
	String renew();

	/** A token that cannot be renewed (platforms whose tokens do not expire, e.g. Mastodon). */
	static AccessToken fixed(String token) {
		return new AccessToken() {

			@Override
			public String current() {
				return token;
			}

			@Override
			public String renew() {
				return token;
			}
		};
	}
}
