package io.dandelion.channels;

import io.dandelion.channels.internal.ChannelAdministration;
import io.dandelion.channels.internal.ChannelAdministration.NewChannel;
import java.util.Map;

/** Channels connected for a test through the real administration, in the test organisation's France. */
public final class TestChannels {

	private TestChannels() {
	}

	public static ChannelId connect(ChannelAdministration administration, TestOrganisation org, String platform,
			String handle, String externalId, Map<String, String> credentials) {
		return administration.create(org.hubAdmin,
				new NewChannel(org.fr, org.frCommunity, platform, handle, externalId, credentials));
	}
}
