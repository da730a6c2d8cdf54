package io.dandelion.sites.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.ItemSink;
import io.dandelion.sites.SiteId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Comments posted on sites: stored first, then handed to the social pipeline through {@link ItemSink} as
 * {@code SITE_COMMENT} items of the site's channel (a comment the sink could not take yet is handed
 * over again by {@link #deliverPending}); their status follows what moderation decided, and the answers
 * sent through the site's channel are kept with them.
 */
@Component
class SiteComments {

	private static final Logger log = LoggerFactory.getLogger(SiteComments.class);

	private static final String COLUMNS = """
			select c.id, c.site_id, c.page_slug, c.locale, c.author_name, c.body, c.status, c.created_at
			from site_comment c""";

	private final JdbcClient jdbc;
	private final Sites sites;
	private final ObjectProvider<ItemSink> sink;
	private final AuditLog audit;

	SiteComments(JdbcClient jdbc, Sites sites, ObjectProvider<ItemSink> sink, AuditLog audit) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.sink = sink;
		this.audit = audit;
	}

	/** Stores a visitor's comment and hands it to the pipeline; it is not shown before moderation approved it. */
	UUID post(Site site, String page, String locale, String authorName, String body, String authorKey) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into site_comment (id, site_id, page_slug, locale, author_name, body, author_key)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, site.id().value(), page, locale, authorName, body, authorKey)
			.update();
		deliver(List.of(id));
		return id;
	}

	/** Hands comments to the pipeline; those the sink cannot take now stay for {@link #deliverPending}. */
	void deliver(Collection<UUID> ids) {
		var bySite = new LinkedHashMap<SiteId, List<Pending>>();
		jdbc.sql("""
				select c.id, c.site_id, c.page_slug, c.locale, c.author_name, c.body, c.author_key, c.created_at
				from site_comment c where c.id = any(?) and not c.delivered order by c.created_at""")
			.param(ids.toArray(UUID[]::new))
			.query((rs, n) -> new Pending(rs.getObject(1, UUID.class), new SiteId(rs.getObject(2, UUID.class)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getObject(8, OffsetDateTime.class).toInstant()))
			.list()
			.forEach(p -> bySite.computeIfAbsent(p.site(), s -> new ArrayList<>()).add(p));
		ItemSink items = sink.getIfAvailable();
		if (items == null) {
			return;
		}
		bySite.forEach((siteId, pending) -> sites.find(siteId).ifPresent(site -> {
			try {
				if (!sites.openChannel("system", site)) {
					log.warn("comments of site {} wait: its unit has no team to own the site's channel yet", site.slug());
					return;
				}
				items.accept(site.channel(), pending.stream().map(p -> p.item(site)).toList());
				jdbc.sql("update site_comment set delivered = true where id = any(?)")
					.param(pending.stream().map(Pending::id).toArray(UUID[]::new))
					.update();
			}
			catch (RuntimeException e) {
				log.warn("{} comments of site {} will be handed to the pipeline later: {}", pending.size(), site.slug(),
						e.toString());
			}
		}));
	}

	/** Hands over what could not be delivered at once (the pipeline was down, the unit had no team). */
	@Scheduled(fixedDelayString = "${dandelion.sites.comments.retry:PT1M}", initialDelayString = "PT1M")
	void deliverPending() {
		deliver(jdbc.sql("select id from site_comment where not delivered order by created_at limit 500")
			.query(UUID.class)
			.list());
	}

	/** The approved comments of one page in one locale, oldest first, each with its answers. */
	List<SiteComment> shown(Site site, String page, String locale) {
		return withAnswers(jdbc.sql(COLUMNS + """
				 where c.site_id = ? and c.page_slug = ? and c.locale = ? and c.status = 'APPROVED'
				order by c.created_at, c.id limit 200""")
			.params(site.id().value(), page, locale)
			.query(SiteComments::comment)
			.list());
	}

	/** Every comment of the site, newest first, for its editors (the caller checked the scope). */
	List<SiteComment> all(Site site, int limit) {
		return withAnswers(jdbc.sql(COLUMNS + " where c.site_id = ? order by c.created_at desc, c.id limit ?")
			.params(site.id().value(), limit)
			.query(SiteComments::comment)
			.list());
	}

	/** The comment, if it belongs to the site whose channel this is. */
	Optional<SiteComment> onChannel(io.dandelion.channels.ChannelId channel, String externalId) {
		UUID id;
		try {
			id = UUID.fromString(externalId);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		return jdbc.sql(COLUMNS + " join site s on s.id = c.site_id where s.channel_id = ? and c.id = ?")
			.params(channel.value(), id)
			.query(SiteComments::comment)
			.optional();
	}

	/** Sets what moderation decided; a deleted comment stays deleted, whatever comes after. */
	void moderate(SiteComment comment, SiteComment.Status status, String why) {
		int changed = jdbc.sql("""
				update site_comment set status = ?, moderated_at = now() where id = ? and status <> 'DELETED'
				and status <> ?""")
			.params(status.name(), comment.id(), status.name())
			.update();
		if (changed > 0) {
			var site = sites.find(comment.site()).orElseThrow();
			audit.record(new AuditEntry("system", "sites.comment." + status.name().toLowerCase(), site.unit(),
					"site-comment", comment.id().toString(), Map.of("status", comment.status().name()),
					Map.of("status", status.name(), "site", site.id().toString(), "why", why)));
		}
	}

	/** Keeps an answer sent through the site's channel; it appears under the comment on the page. */
	UUID answer(SiteComment comment, String body) {
		var id = UUID.randomUUID();
		jdbc.sql("insert into site_comment_answer (id, comment_id, body, actor) values (?, ?, ?, 'channel')")
			.params(id, comment.id(), body)
			.update();
		return id;
	}

	/** The comment an answer was given to, for an answer to an answer. */
	Optional<UUID> commentOfAnswer(String externalId) {
		try {
			return jdbc.sql("select comment_id from site_comment_answer where id = ?")
				.param(UUID.fromString(externalId))
				.query(UUID.class)
				.optional();
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private List<SiteComment> withAnswers(List<SiteComment> comments) {
		if (comments.isEmpty()) {
			return comments;
		}
		var answers = new LinkedHashMap<UUID, List<SiteComment.Answer>>();
		jdbc.sql("select comment_id, id, body, created_at from site_comment_answer where comment_id = any(?) "
				+ "order by created_at, id")
			.param(comments.stream().map(SiteComment::id).toArray(UUID[]::new))
			.query(rs -> {
				answers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(new SiteComment.Answer(rs.getObject(2, UUID.class), rs.getString(3),
							rs.getObject(4, OffsetDateTime.class).toInstant()));
			});
		return comments.stream()
			.map(c -> new SiteComment(c.id(), c.site(), c.page(), c.locale(), c.authorName(), c.body(), c.status(),
					c.createdAt(), answers.getOrDefault(c.id(), List.of())))
			.toList();
	}

	private static SiteComment comment(ResultSet rs, int row) throws SQLException {
		return new SiteComment(rs.getObject(1, UUID.class), new SiteId(rs.getObject(2, UUID.class)), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), SiteComment.Status.valueOf(rs.getString(7)),
				rs.getObject(8, OffsetDateTime.class).toInstant(), List.of());
	}

	/** A stored comment not yet handed to the pipeline. */
	private record Pending(UUID id, SiteId site, String page, String locale, String authorName, String body,
			String authorKey, Instant createdAt) {

		InboundItem item(Site site) {
			return new InboundItem(id.toString(), InboundItem.Kind.SITE_COMMENT, InboundItem.Direction.INBOUND,
					SiteComment.thread(page, locale), null,
					new InboundItem.Author("visitor-" + authorKey, null, authorName), body, createdAt, List.of(),
					Map.of("site", site.slug(), "page", page, "locale", locale));
		}
	}
}
