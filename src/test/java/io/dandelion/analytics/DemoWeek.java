package io.dandelion.analytics;

import io.dandelion.analytics.Traffic.Thread;
import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.ConversationStatus;
import io.dandelion.conversations.ConversationStatusChanged;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.moderation.ModerationActionsTaken;
import io.dandelion.moderation.ModerationActionsTaken.TakenAction;
import io.dandelion.organisation.AgencyId;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.ConversationsAssigned;
import io.dandelion.routing.ConversationsRouted;
import io.dandelion.routing.QueueId;
import io.dandelion.routing.RoutingDecision;
import io.dandelion.routing.SlaBreached;
import io.dandelion.routing.SlaDeadline;
import io.dandelion.routing.SlaTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A week of traffic over the demo organisation's countries, fed through the same handlers the pipeline's,
 * routing's, conversations' and moderation's events reach (seeded, so every run draws the same week):
 * customers write in their countries' languages, care teams answer most within minutes to hours, some
 * SLA timers breach, most conversations get resolved, the policies hide abuse, moderators decide reviews.
 */
final class DemoWeek {

	/** One country: its unit, care team, agent and the languages its customers write in. */
	record Country(UnitId unit, TeamId team, MemberId agent, List<String> languages, int perDay) {
	}

	private static final String[] INTENTS = { "care_request", "complaint", "praise", "chatter" };

	private final RollUps rollUps;
	private final WorkRecords work;
	private final Random random = new Random(7);

	DemoWeek(RollUps rollUps, WorkRecords work) {
		this.rollUps = rollUps;
		this.work = work;
	}

	void feed(List<Country> countries, @Nullable AgencyId agency, Instant now) {
		Instant start = now.truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(Duration.ofDays(6));
		for (Country country : countries) {
			ChannelId channel = ChannelId.random();
			for (int day = 0; day < 7; day++) {
				int conversations = country.perDay() + random.nextInt(country.perDay() / 2 + 1);
				for (int i = 0; i < conversations; i++) {
					Instant at = start.plus(Duration.ofDays(day)).plusSeconds(6 * 3600 + random.nextInt(16 * 3600));
					if (at.isBefore(now)) {
						conversation(country, Thread.on(country.unit(), channel, random.nextBoolean() ? "x" : "facebook"), at,
								agency, now);
					}
				}
			}
		}
	}

	private void conversation(Country country, Thread thread, Instant at, @Nullable AgencyId agency, Instant now) {
		String language = country.languages().get(random.nextInt(country.languages().size()));
		String intent = INTENTS[random.nextInt(INTENTS.length)];
		double sentiment = switch (intent) {
			case "complaint" -> -0.3 - random.nextDouble() * 0.6;
			case "praise" -> 0.3 + random.nextDouble() * 0.6;
			default -> random.nextDouble() - 0.5;
		};
		ReceivedMessage first = thread.customerWrites(at.toString(), language);
		rollUps.record(Traffic.received(first));
		rollUps.record(List.of(Traffic.moderated(first, language, intent, sentiment)));
		work.record(new ConversationsRouted(List.of(new ConversationsRouted.RoutedConversation(thread.id(),
				country.unit(), new QueueId(UUID.randomUUID()), country.team(), language, 3,
				RoutingDecision.Step.COUNTRY_HELPERS, "language"))));
		work.record(new ConversationsAssigned(List.of(new ConversationsAssigned.Assignment(thread.id(), country.unit(),
				new QueueId(UUID.randomUUID()), country.agent(), ConversationsAssigned.How.AUTO))));
		moderation(first, intent, sentiment, agency);
		if (random.nextInt(10) < 2) {
			return; // still waiting
		}
		Instant answered = at.plusSeconds(60 + (long) Math.abs(random.nextGaussian() * 3 * 3600));
		if (answered.isAfter(now)) {
			return;
		}
		if (Duration.between(at, answered).toHours() >= 4) {
			work.record(new SlaBreached(List.of(new SlaDeadline(thread.id(), country.unit(), SlaTimer.Kind.FIRST_RESPONSE,
					"standard", at.plus(Duration.ofHours(4))))));
		}
		rollUps.record(Traffic.received(thread.brandAnswers(answered.toString())));
		Instant resolved = answered.plusSeconds(600 + random.nextInt(20 * 3600));
		if (random.nextInt(10) < 8 && resolved.isBefore(now)) {
			work.record(new ConversationStatusChanged(thread.id(), country.unit(), ConversationStatus.OPEN,
					ConversationStatus.RESOLVED, "agent", resolved));
		}
	}

	private void moderation(ReceivedMessage message, String intent, double sentiment, @Nullable AgencyId agency) {
		List<TakenAction> actions = new ArrayList<>();
		if (sentiment < -0.75) {
			actions.add(action(message, "hide", "Hide insults", true, null));
			actions.add(action(message, "review", "Hide insults", true, null));
			actions.add(action(message, random.nextBoolean() ? "approve" : "hide",
					random.nextBoolean() ? "criticism-allowed" : "insult", false, agency));
		}
		if ("complaint".equals(intent)) {
			actions.add(action(message, "priority", "Complaints first", true, null));
		}
		if (random.nextInt(25) == 0) {
			actions.add(action(message, "delete", "Delete spam", true, null));
		}
		if (!actions.isEmpty()) {
			work.record(new ModerationActionsTaken(actions));
		}
	}

	private static TakenAction action(ReceivedMessage message, String action, String reason, boolean automatic,
			@Nullable AgencyId agency) {
		return new TakenAction(message.id(), message.conversation(), message.channel(), message.unit(),
				message.platform(), message.conversationLanguage(), action, reason, automatic, agency,
				message.createdAt().plusSeconds(automatic ? 1 : 1800));
	}
}
