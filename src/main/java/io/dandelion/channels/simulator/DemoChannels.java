package io.dandelion.channels.simulator;

import io.dandelion.channels.internal.ChannelAdministration;
import io.dandelion.channels.internal.ChannelAdministration.NewChannel;
import io.dandelion.organisation.DemoOrganisationSeeded;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the demo organisation is seeded, each country gets a simulated account owned by its community
 * team, speaking the country's languages (and now and then a rare one), so that the newcomer sees
 * conversations arrive as soon as the poller runs. Off with {@code dandelion.simulator.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "dandelion.simulator.enabled", havingValue = "true")
class DemoChannels {

	static final Map<String, String> LANGUAGES = new LinkedHashMap<>();

	static {
		LANGUAGES.put("fr", "fr,en");
		LANGUAGES.put("be", "fr,nl");
		LANGUAGES.put("es", "es,ca");
		LANGUAGES.put("de", "de,tr");
		LANGUAGES.put("pl", "pl,uk");
		LANGUAGES.put("ro", "ro");
		LANGUAGES.put("eg", "ar,en");
		LANGUAGES.put("ma", "ar,fr");
	}

	private final ChannelAdministration administration;
	private final MemberDirectory directory;

	DemoChannels(ChannelAdministration administration, MemberDirectory directory) {
		this.administration = administration;
		this.directory = directory;
	}

	@EventListener
	void on(DemoOrganisationSeeded seeded) {
		int seed = 1;
		for (var country : LANGUAGES.entrySet()) {
			UnitId unit = seeded.units().get(country.getKey());
			TeamId team = seeded.teams().get(country.getKey() + ".community");
			if (unit != null && team != null) {
				administration.create(directory.system(), new NewChannel(unit, team, "simulator",
						"@acme_" + country.getKey() + " (simulated)", null,
						Map.of("languages", country.getValue(), "seed", String.valueOf(seed))));
			}
			seed++;
		}
	}
}
