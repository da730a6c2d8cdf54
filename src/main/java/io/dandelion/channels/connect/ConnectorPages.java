package io.dandelion.channels.connect;

import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.connector.ConnectorRegistry;
import io.dandelion.channels.web.ChannelTexts;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The connector catalogue: every platform this installation has a connector for, with the capabilities
 * the connector declares, whether its OAuth client is configured here and how an account is connected.
 * It shows no organisation data, so every signed-in person may read it.
 */
@Controller
class ConnectorPages {

	private final ConnectorRegistry registry;
	private final CurrentAccess access;
	private final MessageSource messages;

	ConnectorPages(ConnectorRegistry registry, CurrentAccess access, MessageSource messages) {
		this.registry = registry;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/channels/connectors")
	String catalogue(Model model) {
		model.addAttribute("t", ChannelTexts.current(messages));
		model.addAttribute("connectors", registry.catalogue());
		model.addAttribute("capabilities", List.of(Capability.values()));
		model.addAttribute("manages", !access.get().units(Permission.CHANNELS_MANAGE).isEmpty());
		return "channels/connectors";
	}
}
