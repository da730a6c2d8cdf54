package io.dandelion.channels.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.connector.ConnectorRegistry.Catalogued;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue reads what each connector declares and what this installation configured. */
class ConnectorCatalogueTests {

	@Test
	void anOAuthPlatformIsConfiguredOnlyWithItsClient() {
		Connector signIn = connector("signin", true, Capability.POLL, Capability.REPLY);
		Connector other = connector("other", true, Capability.WEBHOOK);
		Connector plain = connector("plain", false, Capability.WEBHOOK, Capability.DELETE);
		OAuthClients clients = new OAuthClients(
				Map.of("signin", new OAuthClients.Client("client-1", null, null, null, null)));

		List<Catalogued> catalogue = new ConnectorRegistry(List.of(plain, signIn, other), null, null, clients, null)
			.catalogue();

		assertThat(catalogue).containsExactly(new Catalogued("other", Set.of(Capability.WEBHOOK), true, false),
				new Catalogued("plain", Set.of(Capability.WEBHOOK, Capability.DELETE), false, false),
				new Catalogued("signin", Set.of(Capability.POLL, Capability.REPLY), true, true));
		assertThat(catalogue.get(2).can(Capability.REPLY)).isTrue();
		assertThat(catalogue.get(2).can(Capability.HIDE)).isFalse();
	}

	private static Connector connector(String platform, boolean oauth, Capability first, Capability... more) {
		return new Connector() {

			@Override
			public String platform() {
				return platform;
			}

			@Override
			public Set<Capability> capabilities() {
				return EnumSet.of(first, more);
			}

			@Override
			public Optional<OAuthProfile> oauth() {
				return oauth ? Optional.of(new OAuthProfile(URI.create("https://example.org/authorize"),
						URI.create("https://example.org/token"), "read", Map.of())) : Optional.empty();
			}
		};
	}
}
