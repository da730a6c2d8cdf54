package io.dandelion.channels.web;

import io.dandelion.channels.internal.Channel;
import io.dandelion.channels.internal.ChannelHealth;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One line of the channel list page, with the unit's and teams' names instead of their ids, whether the
 * caller may reconnect the account through its platform's OAuth flow, and the state of its token.
 */
public record ChannelRow(Channel channel, String unit, String ownerTeam, String actingTeam, boolean reconnectable) {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** An instant as the page shows it, to the minute in UTC. */
	public static String utc(Instant instant) {
		return UTC.format(instant);
	}

	/** The platform refused the credentials, or the token expired with nothing to renew it. */
	public boolean reconnectNeeded(Instant now) {
		Instant expires = channel.tokenExpiresAt();
		return channel.health() == ChannelHealth.UNAUTHORISED
				|| expires != null && expires.isBefore(now) && !channel.credentials().contains("refresh_token");
	}
}
