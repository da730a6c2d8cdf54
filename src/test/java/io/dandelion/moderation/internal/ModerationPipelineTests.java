package io.dandelion.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.verify;

import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.ItemSink;
import io.dandelion.conversations.Messages;
import io.dandelion.moderation.Action;
import io.dandelion.moderation.Condition;
import io.dandelion.moderation.MessagesModerated;
import io.dandelion.moderation.ModerationActionsTaken;
import io.dandelion.moderation.MessagesModerated.ModeratedMessage;
import io.dandelion.moderation.Rule;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ModerationTest
class ModerationPipelineTests {

	static final Rule HIDE_ABUSE = new Rule("hide-abuse", "Hide abuse", List.of(new Condition.LabelAtLeast("abuse", 0.8)),
			List.of(new Action.Hide()), true, true);
	static final Rule DELETE_SPAM = new Rule("delete-spam", "Delete spam",
			List.of(new Condition.LabelAtLeast("spam", 0.9)), List.of(new Action.Delete(false)), false, true);
	static final Rule REVIEW_COMPLAINTS = new Rule("review-complaints", "Complaints to care review",
			List.of(new Condition.WithIntent(java.util.Set.of("complaint"))),
			List.of(new Action.FlagForReview("care-review"), new Action.AutoReply("refund-help"), new Action.SetPriority(2)),
			false, true);

	@Autowired
	ItemSink sink;

	@Autowired
	Channels channels;

	@Autowired
	AuditLog audit;

	@Autowired
	PolicyAdministration policies;

	@Autowired
	ReplyTexts replies;

	@Autowired
	PlatformActions actions;

	@Autowired
	RecordingChannelActions platform;

	@Autowired
	TestAnalyzer analyzer;

	@Autowired
	ModerationTestConfiguration.ModeratedBatches moderated;

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void policies() {
		if (policies.view(TestScope.hubAdmin(), TestUnits.ACME.id()).version() == 0) {
			policies.save(TestScope.hubAdmin(), TestUnits.ACME.id(), null, List.of(HIDE_ABUSE, DELETE_SPAM, REVIEW_COMPLAINTS));
			policies.save(TestScope.hubAdmin(), TestUnits.BELGIUM.id(), null,
					List.of(new Rule("delete-spam", "Spam: delete after two people agree",
							List.of(new Condition.LabelAtLeast("spam", 0.9)), List.of(new Action.Delete(true)), false, true)));
			replies.put(TestUnits.ACME.id(), "refund-help", "fr", "Bonjour, écrivez-nous en message privé.");
		}
	}

	@Test
	void analysesDecidesActsQueuesAndTellsRoutingOncePerBatch() {
		var channel = channel(TestUnits.BELGIUM);
		String post = "post-" + UUID.randomUUID();
		var abusive = item(post, "Bonjour, vous êtes des idiots");
		var spam = item(post, "buy now cheap followers");
		var complaint = item(post, "bonjour, je veux un refund");
		var chatter = item(post, "nice weather today");

		sink.accept(channel.id(), List.of(abusive, spam, complaint, chatter));

		await().atMost(Duration.ofSeconds(10)).until(() -> platform.done("reply").contains(complaint.externalId()));
		MessagesModerated batch = batchOf(channel.id());
		assertThat(batch.messages()).hasSize(4);
		assertThat(batch.messages()).filteredOn(ModeratedMessage::hidden).hasSize(2);
		assertThat(batch.messages()).filteredOn(ModeratedMessage::needsAnswer).hasSize(2)
			.extracting(ModeratedMessage::priority).containsExactlyInAnyOrder(2, Consequences.DEFAULT_PRIORITY);
		assertThat(platform.done("hide")).contains(abusive.externalId(), spam.externalId());
		assertThat(platform.done("delete")).doesNotContain(spam.externalId());
		assertThat(platform.calls).filteredOn(c -> c.action().equals("reply"))
			.extracting(RecordingChannelActions.Call::text).contains("Bonjour, écrivez-nous en message privé.");
		assertThat(reviewQueues(channel.id())).containsEntry(spam.externalId(), "deletions:true")
			.containsEntry(complaint.externalId(), "care-review:false")
			.hasSize(2);
		assertThat(reasonsOf(abusive)).contains("abuse 0.95 ≥ 0.80");
		assertThat(analyzer.seen).anySatisfy(text -> {
			assertThat(text.unitLanguages()).containsExactly("fr", "nl");
			assertThat(text.country()).isEqualTo("BE");
		});
		verify(audit, atLeast(3)).record(argThat(entry -> entry.action().equals("moderation.decided")
				&& entry.actor().equals("system")));
		var ids = batch.messages().stream().map(ModeratedMessage::message).toList();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(moderated.actions()).filteredOn(a -> ids.contains(a.message()))
				.allMatch(ModerationActionsTaken.TakenAction::automatic)
				.extracting(ModerationActionsTaken.TakenAction::action, ModerationActionsTaken.TakenAction::reason)
				.contains(tuple("hide", "Hide abuse"), tuple("review", "Complaints to care review"),
						tuple("priority", "Complaints to care review")));
	}

	@Test
	void recordsTheLanguageOfEachConversation() {
		var channel = channel(TestUnits.BELGIUM);
		String post = "post-" + UUID.randomUUID();
		var first = item(post, "merci beaucoup");

		sink.accept(channel.id(), List.of(first));

		await().atMost(Duration.ofSeconds(10)).until(() -> !batchesOf(channel.id()).isEmpty());
		var stored = messages.load(List.of(batchOf(channel.id()).messages().get(0).message()));
		assertThat(stored).singleElement().satisfies(m -> assertThat(m.conversationLanguage()).isEqualTo("fr"));
	}

	@Test
	void anUnavailablePlatformIsTriedAgainAndAFinalRefusalGoesToReview() {
		var channel = channel(TestUnits.FRANCE);
		String post = "post-" + UUID.randomUUID();
		var later = item(post, "what idiots, part one");
		var refused = item(post, "what idiots, part two");
		platform.failing.put(later.externalId(), ChannelActionException.Reason.UNAVAILABLE);
		platform.failing.put(refused.externalId(), ChannelActionException.Reason.REJECTED);

		sink.accept(channel.id(), List.of(later, refused));

		await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(actionStatus(refused)));
		await().atMost(Duration.ofSeconds(10)).until(() -> lastError(later) != null);
		assertThat(actionStatus(later)).isEqualTo("PENDING");
		assertThat(reviewQueues(channel.id())).containsOnlyKeys(refused.externalId())
			.containsEntry(refused.externalId(), "failed-actions:false");

		platform.failing.remove(later.externalId());
		jdbc.sql("update moderation_action set next_attempt_at = now() - interval '1 second' where external_id = ?")
			.param(later.externalId())
			.update();
		actions.runDue();

		assertThat(actionStatus(later)).isEqualTo("DONE");
		assertThat(platform.done("hide")).contains(later.externalId()).doesNotContain(refused.externalId());
	}

	ChannelSummary channel(UnitSummary unit) {
		var channel = new ChannelSummary(ChannelId.random(), unit.id(), TeamId.random(), "x", "@acme");
		given(channels.find(channel.id())).willReturn(Optional.of(channel));
		return channel;
	}

	static InboundItem item(String post, String text) {
		String id = "c-" + UUID.randomUUID();
		return new InboundItem(id, InboundItem.Kind.COMMENT, InboundItem.Direction.INBOUND, post, post,
				new InboundItem.Author("author-" + id, "@someone", "Someone"), text, Instant.now(), List.of(), Map.of());
	}

	List<MessagesModerated> batchesOf(ChannelId channel) {
		return moderated.received().stream().filter(b -> b.channel().equals(channel)).toList();
	}

	MessagesModerated batchOf(ChannelId channel) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !batchesOf(channel).isEmpty());
		assertThat(batchesOf(channel)).hasSize(1);
		return batchesOf(channel).get(0);
	}

	Map<String, String> reviewQueues(ChannelId channel) {
		return jdbc.sql("""
				select m.external_id, r.queue || ':' || r.delete_needs_second_person from moderation_review r
				join message m on m.id = r.message_id where r.channel_id = ?""")
			.param(channel.value())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	String reasonsOf(InboundItem item) {
		return jdbc.sql("select d.matches::text from moderation_decision d join message m on m.id = d.message_id "
				+ "where m.external_id = ?").param(item.externalId()).query(String.class).single();
	}

	String actionStatus(InboundItem item) {
		return jdbc.sql("select status from moderation_action where external_id = ?")
			.param(item.externalId())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	String lastError(InboundItem item) {
		return jdbc.sql("select last_error from moderation_action where external_id = ?")
			.param(item.externalId())
			.query(String.class)
			.optional()
			.orElse(null);
	}
}
