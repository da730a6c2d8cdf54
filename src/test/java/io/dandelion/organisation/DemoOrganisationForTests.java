package io.dandelion.organisation;

import org.springframework.stereotype.Component;

/** Lets other modules' tests seed the demo organisation (Acme Telecom) into their emptied schema. */
@Component
public class DemoOrganisationForTests {

	private final DemoOrganisation demo;

	DemoOrganisationForTests(DemoOrganisation demo) {
		this.demo = demo;
	}

	/** Seeds the demo organisation unless a group exists; returns whether it did. */
	public boolean seed() {
		return demo.seed();
	}
}
