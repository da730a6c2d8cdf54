package io.dandelion.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.InboundItem.Kind;
import io.dandelion.channels.platforms.ParentGoneException;
import io.dandelion.channels.platforms.Poll;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** The Bluesky connector against a real PDS and AppView started from {@code @atproto/dev-env}. */
class BlueskyConnectorTests {

	@RegisterExtension
	static final AtprotoDevEnv network = new AtprotoDevEnv();

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void ingestsRepliesAndMentionsOnlyOnceSinceTheCursor() {
		BlueskyConnector brand = account("brand");
		BlueskyConnector customer = account("customer");
		String post = brand.publish("Our new opening hours are online");
		String reply = eventually(() -> attempt(() -> customer.reply(post, "Are you open on Sunday?")),
				uri -> uri != null);
		String mention = mention(customer, brand, "my order never arrived");

		Poll first = eventually(() -> brand.poll(null), poll -> poll.items().size() == 2);
		InboundItem comment = item(first, reply);
		assertThat(comment.kind()).isEqualTo(Kind.COMMENT);
		assertThat(comment.direction()).isEqualTo(Direction.INBOUND);
		assertThat(comment.threadExternalId()).isEqualTo(post);
		assertThat(comment.parentExternalId()).isEqualTo(post);
		assertThat(comment.author().externalId()).isEqualTo(customer.did());
		assertThat(comment.text()).isEqualTo("Are you open on Sunday?");
		InboundItem mentioned = item(first, mention);
		assertThat(mentioned.kind()).isEqualTo(Kind.MENTION);
		assertThat(mentioned.threadExternalId()).isEqualTo(mention);
		assertThat(mentioned.parentExternalId()).isNull();
		assertThat(first.items()).extracting(InboundItem::externalId).containsExactly(reply, mention);

		String later = customer.reply(post, "Hello? Anyone there?");
		Poll second = eventually(() -> brand.poll(first.cursor()),
				poll -> poll.items().stream().anyMatch(i -> i.externalId().equals(later)));
		Instant cursor = Instant.parse(first.cursor());
		for (InboundItem seen : first.items()) {
			boolean older = Instant.parse(seen.metadata().get("indexedAt")).isBefore(cursor);
			assertThat(second.items().contains(seen)).as("redelivered %s", seen.externalId()).isEqualTo(!older);
		}
		assertThat(Instant.parse(second.cursor())).isAfter(cursor);
	}

	@Test
	void repliesInTheCustomersThreadAndDeletesItsOwnReply() {
		BlueskyConnector brand = account("brand");
		BlueskyConnector customer = account("customer");
		String post = brand.publish("Tell us how we did");
		String complaint = eventually(() -> attempt(() -> customer.reply(post, "The delivery was late")),
				uri -> uri != null);
		String answer = eventually(() -> attempt(() -> brand.reply(complaint, "Sorry! We will look into it")),
				uri -> uri != null);

		InboundItem seenByCustomer = eventually(() -> customer.fetch(answer).orElse(null), item -> item != null);
		assertThat(seenByCustomer.parentExternalId()).isEqualTo(complaint);
		assertThat(seenByCustomer.threadExternalId()).isEqualTo(post);
		assertThat(seenByCustomer.author().externalId()).isEqualTo(brand.did());
		assertThat(brand.fetch(answer)).hasValueSatisfying(own -> assertThat(own.direction()).isEqualTo(Direction.OUTBOUND));

		brand.delete(answer);
		assertThat(eventually(() -> customer.fetch(answer).isPresent(), present -> !present)).isFalse();
		brand.delete(answer);
	}

	@Test
	void refusesToDeleteAnotherAccountsPost() {
		BlueskyConnector brand = account("brand");
		BlueskyConnector customer = account("customer");
		String theirs = customer.publish("Mine, not yours");

		assertThatThrownBy(() -> brand.delete(theirs)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("only its own posts");
		assertThat(eventually(() -> brand.fetch(theirs).isPresent(), present -> present)).isTrue();
	}

	@Test
	void saysWhenTheParentWasDeletedBeforeTheReply() {
		BlueskyConnector brand = account("brand");
		BlueskyConnector customer = account("customer");
		String gone = customer.publish("Posted in anger");
		eventually(() -> brand.fetch(gone).isPresent(), present -> present);
		customer.delete(gone);
		eventually(() -> brand.fetch(gone).isPresent(), present -> !present);

		assertThatThrownBy(() -> brand.reply(gone, "We are here to help")).isInstanceOf(ParentGoneException.class)
			.hasMessageContaining(gone);
	}

	@Test
	void hidesAndUnhidesRepliesInItsOwnThreadOnly() {
		BlueskyConnector brand = account("brand");
		BlueskyConnector customer = account("customer");
		String post = brand.publish("Share your holiday pictures");
		String spam = eventually(() -> attempt(() -> customer.reply(post, "cheap watches here")), uri -> uri != null);
		String other = eventually(() -> attempt(() -> customer.reply(post, "lovely beach")), uri -> uri != null);
		ThreadGates gates = new ThreadGates(brand.session());

		BlueskyConnector reader = account("reader");

		eventually(() -> brand.fetch(spam).isPresent(), present -> present);
		brand.hide(spam);
		brand.hide(spam);
		assertThat(gates.hidden(post)).containsExactly(spam);
		eventually(() -> brand.fetch(other).isPresent(), present -> present);
		// what everyone else sees: the AppView moves the hidden reply out of the thread, to its "hidden replies"
		eventually(() -> thread(reader, THREAD, post), uris -> uris.contains(other) && !uris.contains(spam));
		assertThat(hiddenReplies(reader, post)).containsExactly(spam);
		brand.hide(other);
		brand.unhide(spam);
		assertThat(gates.hidden(post)).containsExactly(other);
		eventually(() -> thread(reader, THREAD, post), uris -> uris.contains(spam) && !uris.contains(other));
		assertThat(hiddenReplies(reader, post)).containsExactly(other);

		String theirThread = customer.publish("My own thread");
		String brandReply = eventually(() -> attempt(() -> brand.reply(theirThread, "Hi!")), uri -> uri != null);
		eventually(() -> brand.fetch(brandReply).isPresent(), present -> present);
		assertThatThrownBy(() -> brand.hide(brandReply)).isInstanceOf(UnsupportedOperationException.class)
			.hasMessageContaining("only in threads it started");
		assertThatThrownBy(() -> brand.hide(post)).isInstanceOf(UnsupportedOperationException.class)
			.hasMessageContaining("top-level post");
	}

	@Test
	void renewsTheSessionWhenTheAccessTokenIsRejected() {
		BlueskyConnector brand = account("brand");
		brand.publish("first");
		brand.session().invalidateAccessToken();

		String second = brand.publish("second");

		assertThat(AtUri.parse(second).repo()).isEqualTo(brand.did());
	}

	private static final String THREAD = "app.bsky.unspecced.getPostThreadV2";

	/** The posts of the thread as {@code viewer} reads it from the AppView (through its PDS). */
	private static List<String> thread(BlueskyConnector viewer, String method, String anchor) {
		List<String> uris = new java.util.ArrayList<>();
		viewer.session().query(method, Map.of("anchor", anchor)).path("thread").forEach(i -> uris.add(i.path("uri").asString()));
		return uris;
	}

	/** The replies the AppView shows {@code viewer} apart, as hidden by the thread's author. */
	private static List<String> hiddenReplies(BlueskyConnector viewer, String root) {
		List<String> uris = new java.util.ArrayList<>();
		viewer.session()
			.query("app.bsky.unspecced.getPostThreadOtherV2", Map.of("anchor", root))
			.path("thread")
			.forEach(i -> {
				if (i.path("value").path("hiddenByThreadgate").asBoolean(false)) {
					uris.add(i.path("uri").asString());
				}
			});
		return uris;
	}

	private BlueskyConnector account(String role) {
		String handle = role.charAt(0) + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + ".test";
		String password = "pw-" + UUID.randomUUID();
		new XrpcClient(network.pds(), http, json).procedure("com.atproto.server.createAccount",
				Map.of("email", handle + "@example.com", "handle", handle, "password", password), null);
		return new BlueskyConnector(network.pds(), handle, password, http, json);
	}

	/** Posts a text that mentions the other account with a mention facet, as the Bluesky app does. */
	private static String mention(BlueskyConnector author, BlueskyConnector mentioned, String text) {
		String prefix = "@brand ";
		int end = prefix.getBytes(StandardCharsets.UTF_8).length - 1;
		Map<String, Object> facet = Map.of("index", Map.of("byteStart", 0, "byteEnd", end), "features",
				List.of(Map.of("$type", "app.bsky.richtext.facet#mention", "did", mentioned.did())));
		Map<String, Object> record = Map.of("$type", BlueskyConnector.POST, "text", prefix + text, "createdAt",
				Instant.now().toString(), "facets", List.of(facet));
		return author.session()
			.procedure("com.atproto.repo.createRecord",
					Map.of("repo", author.did(), "collection", BlueskyConnector.POST, "record", record))
			.path("uri")
			.asString();
	}

	private static InboundItem item(Poll poll, String uri) {
		return poll.items().stream().filter(i -> i.externalId().equals(uri)).findFirst().orElseThrow();
	}

	/** The AppView indexes the PDS's events asynchronously: reads are retried for a few seconds. */
	private static <T> T eventually(Supplier<T> read, Predicate<T> done) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		T value = read.get();
		while (!done.test(value)) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("still not as expected after 20 s: " + value);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
			value = read.get();
		}
		return value;
	}

	/** Replying needs the parent indexed by the AppView; until then the parent looks gone. */
	private static String attempt(Supplier<String> write) {
		try {
			return write.get();
		}
		catch (ParentGoneException e) {
			return null;
		}
	}
}
