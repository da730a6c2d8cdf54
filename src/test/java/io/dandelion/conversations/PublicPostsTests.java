package io.dandelion.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.channels.Channels;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Author;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.InboundItem.Kind;
import io.dandelion.channels.ItemSink;
import io.dandelion.conversations.PublicPosts.PublicPost;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConversationsTest
class PublicPostsTests {

	static final Author BRAND = new Author("brand", "@acme", "Acme");

	@Autowired
	Channels channels;

	@Autowired
	ItemSink sink;

	@Autowired
	PublicPosts posts;

	final UnitId france = UnitId.random();

	@Test
	void showsOnlyTheUnitsOwnPublicPostsNewestFirst() {
		var x = TestChannels.register(channels, france, "x");
		var mastodon = TestChannels.register(channels, france, "mastodon");
		var germany = TestChannels.register(channels, UnitId.random(), "x");
		var site = TestChannels.register(channels, france, "site");
		sink.accept(x.id(), List.of(own("p1", Kind.POST, "New fibre offer", at(1), Map.of()),
				InboundItems.item("c1", Kind.COMMENT, "p1", "p1", InboundItems.anyAuthor(), "Jean here, call me"),
				own("r1", Kind.COMMENT, "Thanks Jean, we sent you a message", at(3), Map.of()),
				own("d1", Kind.DIRECT_MESSAGE, "Your contract number is 123", at(4), Map.of())));
		sink.accept(mastodon.id(), List.of(own("p2", Kind.POST, "Outage fixed <b>", at(2),
				Map.of("url", "https://social.example/@acme/2"))));
		sink.accept(germany.id(), List.of(own("g1", Kind.POST, "Neues Angebot", at(5), Map.of())));
		sink.accept(site.id(), List.of(own("s1", Kind.POST, "site page", at(6), Map.of())));

		assertThat(posts.latest(france, 5)).containsExactly(
				new PublicPost("mastodon", "Outage fixed <b>", "https://social.example/@acme/2", at(2)),
				new PublicPost("x", "New fibre offer", null, at(1)));
		assertThat(posts.latest(france, 1)).extracting(PublicPost::text).containsExactly("Outage fixed <b>");
	}

	@Test
	void linksOnlyToHttpsAddresses() {
		var mastodon = TestChannels.register(channels, france, "mastodon");
		sink.accept(mastodon.id(), List.of(own("p3", Kind.POST, "Hello", at(7), Map.of("url", "javascript:alert(1)"))));
		assertThat(posts.latest(france, 5)).singleElement().satisfies(post -> assertThat(post.url()).isNull());
	}

	private static InboundItem own(String id, Kind kind, String text, Instant at, Map<String, String> metadata) {
		String thread = kind == Kind.COMMENT ? "p1" : id;
		return new InboundItem(id, kind, Direction.OUTBOUND, thread, kind == Kind.COMMENT ? "c1" : null, BRAND, text,
				at, List.of(), metadata);
	}

	private static Instant at(int minute) {
		return Instant.parse("2026-11-20T10:00:00Z").plusSeconds(60L * minute);
	}
}
