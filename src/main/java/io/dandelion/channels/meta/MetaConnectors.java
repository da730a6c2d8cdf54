package io.dandelion.channels.meta;

import io.dandelion.channels.connector.Connector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** One connector for Facebook Pages and one for Instagram accounts. */
@Configuration(proxyBeanMethods = false)
class MetaConnectors {

	@Bean
	Connector facebookConnector(JsonMapper json) {
		return new MetaAccounts(MetaConnector.Surface.FACEBOOK, json);
	}

	@Bean
	Connector instagramConnector(JsonMapper json) {
		return new MetaAccounts(MetaConnector.Surface.INSTAGRAM, json);
	}
}
