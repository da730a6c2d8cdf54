package io.dandelion.channels.bluesky;

import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in account: logs in with the handle and an app password, keeps the access and refresh
 * tokens in memory only, and renews them when the PDS says the access token expired.
 */
class BlueskySession {

	private final XrpcClient xrpc;

	private final String identifier;

	private final String appPassword;

	private @Nullable Tokens tokens;

	BlueskySession(XrpcClient xrpc, String identifier, String appPassword) {
		this.xrpc = xrpc;
		this.identifier = identifier;
		this.appPassword = appPassword;
	}

	JsonMapper json() {
		return xrpc.json();
	}

	/** The account's DID (signs in if needed). */
	synchronized String did() {
		return tokens().did();
	}

	/** Runs an authenticated call, renewing the session once if the PDS rejects the token. */
	JsonNode call(Function<String, JsonNode> call) {
		try {
			return call.apply(tokens().access());
		}
		catch (XrpcException e) {
			if (!e.isExpiredSession()) {
				throw e;
			}
			return call.apply(renew().access());
		}
	}

	JsonNode query(String method, Map<String, ?> params) {
		return call(token -> xrpc.query(method, params, token));
	}

	JsonNode procedure(String method, Object body) {
		return call(token -> xrpc.procedure(method, body, token));
	}

	private synchronized Tokens tokens() {
		if (tokens == null) {
			tokens = Tokens.of(xrpc.procedure("com.atproto.server.createSession",
					Map.of("identifier", identifier, "password", appPassword), null));
		}
		return tokens;
	}

	private synchronized Tokens renew() {
		Tokens current = tokens();
		try {
			tokens = Tokens.of(xrpc.procedure("com.atproto.server.refreshSession", null, current.refresh()));
		}
		catch (XrpcException e) {
			// The refresh token expired or was revoked too: sign in afresh with the app password.
			tokens = null;
		}
		return tokens();
	}

	/** For tests: pretends the access token was revoked, as after its two hours have passed. */
	synchronized void invalidateAccessToken() {
		Tokens current = tokens();
		tokens = new Tokens(current.did(), current.access() + "x", current.refresh());
	}

	private record Tokens(String did, String access, String refresh) {

		static Tokens of(JsonNode session) {
			String did = XrpcClient.text(session, "did");
			String access = XrpcClient.text(session, "accessJwt");
			String refresh = XrpcClient.text(session, "refreshJwt");
			if (did == null || access == null || refresh == null) {
				throw new IllegalStateException("the PDS answered a session request without did and tokens");
			}
			return new Tokens(did, access, refresh);
		}
	}
}
