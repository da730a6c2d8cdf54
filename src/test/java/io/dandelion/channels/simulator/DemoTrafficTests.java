package io.dandelion.channels.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.Units;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What the run command shows a newcomer: with the simulator on, seeding the demo organisation (what the
 * start does on a fresh database) gives every demo country a simulated account, and this node's own
 * poller (on its schedule, not called by the test) brings its traffic in as conversations of the country,
 * first a little history, then more as time passes. The seeding itself is left to the test: the schema is
 * emptied before a test class, which would race a poller already busy with channels seeded at the start.
 * The context is closed afterwards, so that its poller stops.
 */
@SpringBootTest(properties = { "dandelion.simulator.enabled=true", "dandelion.polling.enabled=true",
		"dandelion.polling.tick=PT0.5S", "dandelion.simulator.rate-per-minute=120" })
@DirtiesContext
class DemoTrafficTests {

	@Autowired
	DemoOrganisationForTests demo;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Test
	void conversationsArriveLiveInEveryDemoCountry() {
		assertThat(demo.seed()).as("seeded now, as at a first start").isTrue();
		Map<String, UUID> countries = new LinkedHashMap<>();
		DemoChannels.LANGUAGES.keySet()
			.forEach(code -> countries.put(code, units.findByCode(code).orElseThrow().id().value()));
		assertThat(jdbc.sql("select count(*) from channel where platform = 'simulator'").query(Integer.class).single())
			.as("one simulated account per demo country").isEqualTo(countries.size());
		// the demo's accounts are polled every minute; every five seconds here, so that "as time passes" is
		// seconds, not a minute (the poller still runs on its own schedule, untouched by the test)
		jdbc.sql("update channel set poll_interval_s = 5 where platform = 'simulator'").update();

		await("conversations in every demo country").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> countries.forEach((code, unit) -> assertThat(conversations(unit)).as(code).isPositive()));
		int before = messages(countries.get("fr"));
		await("more messages in France as time passes").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
			.until(() -> messages(countries.get("fr")) > before);
		assertThat(jdbc.sql("select count(*) from channel where platform = 'simulator' and health <> 'HEALTHY'")
			.query(Integer.class)
			.single()).as("channels whose poll failed").isZero();
	}

	private int conversations(UUID unit) {
		return jdbc.sql("select count(*) from conversation where unit_id = ?").param(unit).query(Integer.class).single();
	}

	private int messages(UUID unit) {
		return jdbc.sql("select count(*) from message m join channel c on c.id = m.channel_id where c.unit_id = ?")
			.param(unit)
			.query(Integer.class)
			.single();
	}
}
