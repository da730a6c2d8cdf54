package io.dandelion.channels.internal;

import io.dandelion.organisation.MemberDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once a new key is configured, every credential is re-encrypted with it at the next start. */
@Component
class KeyRotationAtStart {

	private static final Logger log = LoggerFactory.getLogger(KeyRotationAtStart.class);

	private final ChannelAdministration administration;
	private final MemberDirectory directory;

	KeyRotationAtStart(ChannelAdministration administration, MemberDirectory directory) {
		this.administration = administration;
		this.directory = directory;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rotate() {
		int rotated = administration.rotateKeys(directory.system());
		if (rotated > 0) {
			log.info("Re-encrypted {} channel credentials with the newest key", rotated);
		}
	}
}
