package io.dandelion.channels.connector;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.internal.ChannelTokens;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.RefreshingToken;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renews OAuth access tokens ten minutes before they expire, whether or not anything called the
 * platform meanwhile (a webhook-only channel, one in back-off), so that a reply never waits for a
 * renewal. One node renews a channel at a time (its row is locked), so a rotating refresh token is
 * spent once. A refused renewal marks the channel for reconnection. Runs every minute unless
 * {@code dandelion.channels.token-renewal.enabled} is false (tests call {@link #renewDue()} themselves).
 */
@Component
public class TokenRenewal {

	static final Duration AHEAD = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(TokenRenewal.class);

	private final ConnectorRegistry registry;
	private final ChannelTokens tokens;
	private final TransactionTemplate transactions;
	private final JsonMapper json;
	private final HttpClient http = HttpClient.newHttpClient();
	private final Clock clock = Clock.systemUTC();
	private final boolean enabled;

	TokenRenewal(ConnectorRegistry registry, ChannelTokens tokens, TransactionTemplate transactions, JsonMapper json,
			@Value("${dandelion.channels.token-renewal.enabled:true}") boolean enabled) {
		this.enabled = enabled;
		this.registry = registry;
		this.tokens = tokens;
		this.transactions = transactions;
		this.json = json;
	}

	@Scheduled(fixedDelayString = "${dandelion.channels.token-renewal.tick:PT1M}", initialDelayString = "PT30S")
	void tick() {
		if (enabled) {
			renewDue();
		}
	}

	/** Renews every token that expires within ten minutes; returns how many were renewed. */
	public int renewDue() {
		Instant before = clock.instant().plus(AHEAD);
		int renewed = 0;
		for (ChannelId channel : tokens.dueBefore(before, 100)) {
			try {
				Boolean done = transactions.execute(status -> tokens.lockDue(channel, before) && renew(channel));
				renewed += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (RuntimeException e) {
				log.warn("Renewing the token of channel {} failed: {}", channel, e.getMessage());
			}
		}
		return renewed;
	}

	private boolean renew(ChannelId id) {
		ConnectorRegistry.Opened opened = registry.open(id);
		OAuthProfile profile = opened.connector().oauth().orElse(null);
		if (profile == null) {
			return false;
		}
		if (!(AccountTokens.of(opened.account(), opened.channel().platform(), profile.tokenEndpoint(), http,
				json) instanceof RefreshingToken token)) {
			return false;
		}
		try {
			token.renew();
			return true;
		}
		catch (PlatformException e) {
			log.warn("Renewing the token of channel {} failed: {}", id, e.getMessage());
			if (e.reason() == PlatformException.Reason.UNAUTHORISED) {
				tokens.refused(id, opened.channel().unit(), e.getMessage());
			}
			return false;
		}
	}
}
