package io.dandelion.sites.internal;

import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.ChannelActions.SentReply;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.connector.Connector;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The connector of the platform {@code site}: the sites' own comments. Moderation and agents act on
 * them through the site's channel like on any social comment: hiding, restoring or deleting a comment
 * changes what the page shows, and an answer appears under the comment. Nothing to poll: comments
 * arrive through the form.
 */
@Component
class SiteCommentConnector implements Connector {

	private final SiteComments comments;

	SiteCommentConnector(SiteComments comments) {
		this.comments = comments;
	}

	@Override
	public String platform() {
		return "site";
	}

	@Override
	public Set<Capability> capabilities() {
		return EnumSet.of(Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE);
	}

	@Override
	public SentReply reply(ConnectedAccount account, String parentExternalId, @Nullable String threadExternalId,
			String text) {
		var comment = comments.onChannel(account.channel(), parentExternalId)
			.or(() -> comments.commentOfAnswer(parentExternalId)
				.flatMap(id -> comments.onChannel(account.channel(), id.toString())))
			.orElseThrow(() -> gone(parentExternalId));
		if (comment.status() == SiteComment.Status.DELETED) {
			throw gone(parentExternalId);
		}
		if (text.isBlank() || text.length() > SiteCommentForm.MAX_BODY * 2) {
			throw new ChannelActionException(ChannelActionException.Reason.REJECTED,
					"an answer on a site holds 1 to " + SiteCommentForm.MAX_BODY * 2 + " characters", null, null);
		}
		return new SentReply(comments.answer(comment, text.strip()).toString(), Instant.now());
	}

	@Override
	public void hide(ConnectedAccount account, String externalId) {
		moderate(account, externalId, SiteComment.Status.HIDDEN, "hidden through the site's channel");
	}

	@Override
	public void unhide(ConnectedAccount account, String externalId) {
		moderate(account, externalId, SiteComment.Status.APPROVED, "restored through the site's channel");
	}

	@Override
	public void delete(ConnectedAccount account, String externalId) {
		moderate(account, externalId, SiteComment.Status.DELETED, "deleted through the site's channel");
	}

	private void moderate(ConnectedAccount account, String externalId, SiteComment.Status status, String why) {
		var comment = comments.onChannel(account.channel(), externalId).orElseThrow(() -> gone(externalId));
		comments.moderate(comment, status, why);
	}

	private static ChannelActionException gone(String externalId) {
		return new ChannelActionException(ChannelActionException.Reason.GONE,
				"no comment " + externalId + " on this site", null, null);
	}
}
