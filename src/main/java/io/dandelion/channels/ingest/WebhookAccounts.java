package io.dandelion.channels.ingest;

import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.connector.Connector;
import io.dandelion.channels.connector.WebhookDelivery;
import io.dandelion.channels.connector.WebhookRejectedException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generic webhook platform: any source that signs its deliveries of items with the channel's
 * {@code webhook_secret}. It can only receive; there is nothing to poll and nowhere to reply.
 */
@Component
class WebhookAccounts implements Connector {

	private final ItemParser parser;

	WebhookAccounts(JsonMapper json) {
		this.parser = new ItemParser(json);
	}

	@Override
	public String platform() {
		return "webhook";
	}

	@Override
	public Set<Capability> capabilities() {
		return EnumSet.of(Capability.WEBHOOK);
	}

	@Override
	public List<InboundItem> receive(ConnectedAccount account, WebhookDelivery delivery) {
		if (!ItemSignature.matches(delivery.body(), account.required(WebhookIngest.SECRET),
				delivery.header(ItemSignature.HEADER))) {
			throw new WebhookRejectedException(401, "the " + ItemSignature.HEADER + " header does not match the body");
		}
		ItemParser.Parsed parsed = parser.parse(delivery.body());
		if (!parsed.problems().isEmpty()) {
			ItemParser.Problem first = parsed.problems().get(0);
			throw new WebhookRejectedException(400, "item " + first.position() + ": " + first.error());
		}
		return parsed.items();
	}
}
