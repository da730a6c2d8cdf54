package io.dandelion.sites.internal;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.InboundItem;
import io.dandelion.conversations.MessageId;
import io.dandelion.conversations.Messages;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.moderation.MessagesModerated;
import io.dandelion.moderation.ReviewDecided;
import io.dandelion.moderation.ReviewItem;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Shows a site comment once moderation approved it: when the policy neither hid, deleted nor sent it to
 * review, or when a moderator approved it in review. Hiding, restoring and deleting reach the comment
 * through the site's channel ({@link SiteCommentConnector}), like on any platform.
 */
@Component
class CommentModeration {

	private final Messages messages;
	private final SiteComments comments;
	private final Sites sites;

	CommentModeration(Messages messages, SiteComments comments, Sites sites) {
		this.messages = messages;
		this.comments = comments;
		this.sites = sites;
	}

	@ApplicationModuleListener
	void on(MessagesModerated batch) {
		var byId = siteComments(batch.channel(), batch.messages().stream().map(m -> m.message()).toList());
		for (var moderated : batch.messages()) {
			var message = byId.get(moderated.message());
			if (message == null) {
				continue;
			}
			// the policy's first decision; what people and actions decide later goes through the connector
			comments.onChannel(batch.channel(), message.externalId())
				.filter(comment -> comment.status() == SiteComment.Status.PENDING)
				.ifPresent(comment -> {
				if (moderated.deleted()) {
					comments.moderate(comment, SiteComment.Status.DELETED, "deleted by the policy");
				}
				else if (moderated.hidden()) {
					comments.moderate(comment, SiteComment.Status.HIDDEN, "hidden by the policy");
				}
				else if (!moderated.inReview()) {
					comments.moderate(comment, SiteComment.Status.APPROVED, "passed the policy");
				}
			});
		}
	}

	@ApplicationModuleListener
	void on(ReviewDecided decided) {
		if (decided.verdict() != ReviewItem.Verdict.APPROVE) {
			return;
		}
		var message = siteComments(decided.channel(), List.of(decided.message())).get(decided.message());
		if (message != null) {
			comments.onChannel(decided.channel(), message.externalId())
				.ifPresent(comment -> comments.moderate(comment, SiteComment.Status.APPROVED, "approved in review"));
		}
	}

	private Map<MessageId, ReceivedMessage> siteComments(ChannelId channel, Collection<MessageId> ids) {
		if (!sites.isSiteChannel(channel)) {
			return Map.of();
		}
		return messages.load(ids)
			.stream()
			.filter(m -> m.channel().equals(channel) && m.kind() == InboundItem.Kind.SITE_COMMENT
					&& m.direction() == InboundItem.Direction.INBOUND)
			.collect(Collectors.toMap(ReceivedMessage::id, Function.identity()));
	}
}
