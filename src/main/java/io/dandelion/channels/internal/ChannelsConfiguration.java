package io.dandelion.channels.internal;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The credential keys: those configured in {@code dandelion.channels.keys} ({@code id:base64key},
 * comma-separated, the newest last), else a development key kept in a file under the data directory,
 * created on first start, so that the run command works without set-up.
 */
@Configuration(proxyBeanMethods = false)
class ChannelsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ChannelsConfiguration.class);

	@Bean
	CredentialKeys credentialKeys(@Value("${dandelion.channels.keys:}") String configured,
			@Value("${dandelion.channels.dev-key-file:${DANDELION_DATA_DIR:data}/channel-keys}") String devKeyFile) {
		if (!configured.isBlank()) {
			return CredentialKeys.parse(configured);
		}
		Path file = Path.of(devKeyFile);
		log.warn("No dandelion.channels.keys configured: channel credentials are encrypted with the development key in {}."
				+ " Configure your own keys before connecting real accounts.", file.toAbsolutePath());
		return CredentialKeys.developmentKeys(file);
	}

	@Bean
	CredentialVault credentialVault(JdbcClient jdbc, CredentialKeys keys) {
		return new CredentialVault(jdbc, keys);
	}
}
