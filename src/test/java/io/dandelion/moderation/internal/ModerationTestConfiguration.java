package io.dandelion.moderation.internal;

import io.dandelion.moderation.MessagesModerated;
import io.dandelion.moderation.ModerationActionsTaken;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.events.ApplicationModuleListener;

/** Test doubles that win over the real beans while those are (or are not yet) on the class path. */
@TestConfiguration
class ModerationTestConfiguration {

	@Bean
	@Primary
	TestUnits testUnits() {
		return new TestUnits();
	}

	@Bean
	@Primary
	TestAnalyzer testAnalyzer() {
		return new TestAnalyzer();
	}

	@Bean
	@Primary
	RecordingChannelActions recordingChannelActions() {
		return new RecordingChannelActions();
	}

	@Bean
	ModeratedBatches moderatedBatches() {
		return new ModeratedBatches();
	}

	/** Every {@link MessagesModerated} published, as routing would receive it. */
	static class ModeratedBatches {

		private final List<MessagesModerated> received = new CopyOnWriteArrayList<>();

		private final List<ModerationActionsTaken.TakenAction> actions = new CopyOnWriteArrayList<>();

		List<MessagesModerated> received() {
			return received;
		}

		/** Every action of every {@link ModerationActionsTaken} published, automatic and human. */
		List<ModerationActionsTaken.TakenAction> actions() {
			return actions;
		}

		@ApplicationModuleListener
		void on(MessagesModerated batch) {
			received.add(batch);
		}

		@ApplicationModuleListener
		void on(ModerationActionsTaken taken) {
			actions.addAll(taken.actions());
		}
	}
}
