package io.dandelion.workspace.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.AgencyId;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.UnitId;
import io.dandelion.workspace.TestScope;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class LiveSessionsTests {

	final UnitId france = UnitId.random();
	final UnitId egypt = UnitId.random();
	final LiveSessions sessions = new LiveSessions();

	@Test
	void sendsAChangeOnlyToTheSessionsThatMaySeeItsConversation() {
		var frenchAgent = stream(TestScope.agentOf("fr.agent", france));
		var egyptianAgent = stream(TestScope.agentOf("eg.agent", egypt));

		var change = change(france, "x", "fr");
		sessions.deliver(change);

		assertThat(frenchAgent.events).containsExactly("conversation:" + change.conversation(),
				"conversation-" + change.conversation() + ":" + change.conversation());
		assertThat(egyptianAgent.events).isEmpty();
	}

	@Test
	void holdsAgencyStaffToTheLanguagesAndPlatformsOfTheirContract() {
		var arabicOnX = new ContractLimits(AgencyId.random(), Set.of(egypt), Set.of("ar"), Set.of("x"), true);
		var agency = stream(TestScope.agencyStaff("agency.moderator", arabicOnX));

		sessions.deliver(change(egypt, "x", "en"));
		sessions.deliver(change(egypt, "facebook", "ar"));
		sessions.deliver(change(egypt, "x", null));
		assertThat(agency.events).as("other language, other platform, language not known yet").isEmpty();

		var arabic = change(egypt, "x", "ar");
		sessions.deliver(arabic);
		assertThat(agency.events).contains("conversation:" + arabic.conversation());
	}

	@Test
	void tellsOnlyTheMemberNamedOfAMention() {
		var named = TestScope.agentOf("camille.b", france);
		var camille = stream(named);
		var colleague = stream(TestScope.agentOf("fr.agent", france));

		sessions.deliver(new LiveChange(LiveChange.Kind.MENTION, new ConversationId(UUID.randomUUID()), france, "x", "fr",
				named.member().orElseThrow().toString()));

		assertThat(camille.events).isNotEmpty().allMatch(e -> e.startsWith("mention"));
		assertThat(colleague.events).isEmpty();
	}

	@Test
	void forgetsAStreamThatCannotBeWrittenTo() {
		var broken = new Recording(true);
		sessions.attach(TestScope.agentOf("fr.agent", france), broken);
		assertThat(sessions.open()).isEqualTo(1);

		sessions.deliver(change(france, "x", "fr"));

		assertThat(sessions.open()).isZero();
	}

	@Test
	void closesEveryStreamWhenTheNodeStopsSoThatShutdownNeedNotWaitForThem() {
		var first = stream(TestScope.agentOf("fr.agent", france));
		var second = stream(TestScope.agentOf("eg.agent", egypt));
		sessions.start();

		sessions.stop();

		assertThat(first.completed).isTrue();
		assertThat(second.completed).isTrue();
		assertThat(sessions.open()).isZero();
		assertThat(sessions.isRunning()).isFalse();
		assertThat(sessions.getPhase()).as("stops before the web server waits for requests in progress")
			.isGreaterThan(org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE);
	}

	private Recording stream(TestScope scope) {
		var emitter = new Recording(false);
		sessions.attach(scope, emitter);
		return emitter;
	}

	private static LiveChange change(UnitId unit, String platform, String language) {
		return new LiveChange(LiveChange.Kind.CONVERSATION, new ConversationId(UUID.randomUUID()), unit, platform,
				language, null);
	}

	/** An emitter that keeps what it was asked to send, as "event:data". */
	static final class Recording extends SseEmitter {

		final List<String> events = new CopyOnWriteArrayList<>();
		final boolean broken;
		volatile boolean completed;

		Recording(boolean broken) {
			this.broken = broken;
		}

		@Override
		public void complete() {
			completed = true;
			super.complete();
		}

		@Override
		public void send(SseEventBuilder builder) throws IOException {
			if (broken) {
				throw new IOException("client went away");
			}
			String text = builder.build().stream().map(d -> String.valueOf(d.getData())).collect(Collectors.joining());
			events.add(text.replaceAll("(?s)^event:(\\S+)\\s*data:(\\S+)\\s*$", "$1:$2"));
		}
	}
}
