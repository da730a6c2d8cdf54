package io.dandelion.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Once the application is ready, prints where it runs and which demo sign-ins exist. */
@Component
class StartBanner {

	private static final Logger log = LoggerFactory.getLogger(StartBanner.class);

	private final MemberDirectory directory;
	private final Environment environment;

	StartBanner(MemberDirectory directory, Environment environment) {
		this.directory = directory;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void print() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder banner = new StringBuilder("\n\n  Dandelion is running on http://localhost:" + port + "\n\n");
		var present = DemoOrganisation.SIGN_INS.entrySet()
			.stream()
			.filter(entry -> directory.findByUsername(entry.getKey()).filter(MemberAccount::enabled).isPresent())
			.toList();
		if (!present.isEmpty()) {
			banner.append("  Demo sign-ins (password '").append(DemoOrganisation.PASSWORD).append("' unless changed):\n");
			present.forEach(entry -> banner.append(String.format("    %-18s %s%n", entry.getKey(), entry.getValue())));
		}
		log.info(banner.toString());
	}
}
