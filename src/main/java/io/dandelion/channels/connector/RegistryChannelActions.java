package io.dandelion.channels.connector;

import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.ChannelActionException.Reason;
import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.ChannelId;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@link ChannelActions} carried out by the connector of the channel's platform. A capability the
 * platform lacks is refused as {@link Reason#UNSUPPORTED} before any call; failures are translated by
 * {@link ConnectorFailures}. The callers (moderation, the workspace) record the action in the audit trail.
 */
@Component
class RegistryChannelActions implements ChannelActions {

	private final ConnectorRegistry registry;

	RegistryChannelActions(ConnectorRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Set<Capability> capabilities(ChannelId channel) {
		try {
			return Set.copyOf(registry.open(channel).connector().capabilities());
		}
		catch (ChannelActionException e) {
			if (e.reason() == Reason.UNSUPPORTED) {
				return Set.of();
			}
			throw e;
		}
	}

	@Override
	public SentReply reply(ChannelId channel, String parentExternalId, @Nullable String threadExternalId, String text) {
		return act(channel, Capability.REPLY,
				opened -> opened.connector().reply(opened.account(), parentExternalId, threadExternalId, text));
	}

	@Override
	public void hide(ChannelId channel, String externalId) {
		act(channel, Capability.HIDE, opened -> {
			opened.connector().hide(opened.account(), externalId);
			return null;
		});
	}

	@Override
	public void unhide(ChannelId channel, String externalId) {
		act(channel, Capability.UNHIDE, opened -> {
			opened.connector().unhide(opened.account(), externalId);
			return null;
		});
	}

	@Override
	public void delete(ChannelId channel, String externalId) {
		act(channel, Capability.DELETE, opened -> {
			opened.connector().delete(opened.account(), externalId);
			return null;
		});
	}

	private <T> T act(ChannelId channel, Capability capability, Function<ConnectorRegistry.Opened, T> action) {
		ConnectorRegistry.Opened opened = registry.open(channel);
		if (!opened.connector().capabilities().contains(capability)) {
			throw new ChannelActionException(Reason.UNSUPPORTED, opened.channel().platform() + " does not support "
					+ capability.name().toLowerCase(java.util.Locale.ROOT), null, null);
		}
		try {
			return action.apply(opened);
		}
		catch (RuntimeException e) {
			throw ConnectorFailures.translate(e);
		}
	}
}
