package io.dandelion.channels;

import io.dandelion.organisation.UnitId;

/**
 * Opens channels on platforms that live inside Dandelion (the website factory's sites), for modules
 * that own such a platform: no credentials, nothing to poll. The channel is owned by a team of the unit
 * (its community team first), or of the nearest unit above it that has one; it is audited.
 */
public interface ChannelProvisioning {

	/**
	 * Makes sure the channel {@code id} exists for {@code unit}; does nothing when it does. Returns false,
	 * creating nothing, when neither the unit nor any unit above it has a team to own the channel yet.
	 */
	boolean ensure(String actor, ChannelId id, UnitId unit, String platform, String handle);
}
