package io.dandelion.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds the demo organisation on first start, unless {@code dandelion.demo.enabled=false}. */
@Component
@ConditionalOnProperty(name = "dandelion.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(0)
class DemoStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStart.class);

	private final DemoOrganisation demo;

	DemoStart(DemoOrganisation demo) {
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demo.seed()) {
			log.info("Seeded the demo organisation Acme Telecom");
		}
	}
}
