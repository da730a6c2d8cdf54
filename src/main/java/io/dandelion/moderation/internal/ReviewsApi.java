package io.dandelion.moderation.internal;

import io.dandelion.moderation.ReviewItem;
import io.dandelion.organisation.CurrentAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Moderation: review queue", description = """
		Messages waiting for a moderator. Only items in units where the caller moderates are listed; agency \
		staff see only their contract's languages and platforms, with personal data masked when the contract \
		says so. An item outside the caller's scope answers 404, deciding without the right to moderate 403, \
		an unknown verdict or a reason code not configured for the verdict 400, deciding an item already \
		decided (or confirming one's own deletion) 409.""")
class ReviewsApi {

	private final Reviews reviews;
	private final CurrentAccess access;

	ReviewsApi(Reviews reviews, CurrentAccess access) {
		this.reviews = reviews;
		this.access = access;
	}

	record ReviewJson(UUID id, UUID message, UUID conversation, UUID unit, String platform, String language,
			String queue, String status, boolean deleteNeedsSecondPerson, List<String> reasons, String text,
			List<ReviewItem.DecisionRecord> decisions, Instant createdAt) {

		static ReviewJson of(Reviews.ReviewView r) {
			return new ReviewJson(r.id(), r.message().value(), r.conversation().value(), r.unit().value(), r.platform(),
					r.language(), r.queue(), r.status().name(), r.deleteNeedsSecondPerson(), r.reasons(), r.text(),
					r.decisions(), r.createdAt());
		}
	}

	record VerdictJson(@Nullable String verdict, @Nullable String reasonCode, @Nullable String note) {
	}

	@GetMapping
	@Operation(summary = "Open review items the caller may decide, oldest first; optionally one queue")
	List<ReviewJson> open(@RequestParam(required = false) @Nullable String queue,
			@RequestParam(defaultValue = "100") int limit) {
		return reviews.open(access.get(), queue, limit).stream().map(ReviewJson::of).toList();
	}

	@GetMapping("/reason-codes")
	@Operation(summary = "The reason codes configured for each verdict (approve, hide, delete, escalate)")
	Map<String, TreeSet<String>> reasonCodes() {
		Map<String, TreeSet<String>> codes = new TreeMap<>();
		reviews.codes().codes().forEach((verdict, set) -> codes.put(verdict.name().toLowerCase(Locale.ROOT), new TreeSet<>(set)));
		return codes;
	}

	@GetMapping("/{id}")
	@Operation(summary = "One review item with its reasons and the decisions taken on it (the statement of reasons)")
	ReviewJson get(@PathVariable UUID id) {
		return reviews.find(access.get(), id)
			.map(ReviewJson::of)
			.orElseThrow(() -> ModerationException.notFound("no review item " + id));
	}

	@PostMapping("/{id}/decisions")
	@Operation(summary = "Decide: {\"verdict\": \"approve|hide|delete|escalate\", \"reasonCode\": \"...\", \"note\": \"...\"}; "
			+ "approving a message the policy hid restores it on the platform; a deletion that needs a second "
			+ "person waits for another moderator")
	ReviewJson decide(@PathVariable UUID id, @RequestBody VerdictJson body) {
		if (body.reasonCode() == null || body.reasonCode().isBlank()) {
			throw new IllegalArgumentException("reasonCode is required");
		}
		return ReviewJson.of(reviews.decide(access.get(), id, verdict(body.verdict()), body.reasonCode().trim(),
				body.note()));
	}

	static ReviewItem.Verdict verdict(@Nullable String text) {
		try {
			return ReviewItem.Verdict.valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("verdict must be one of "
					+ Arrays.toString(ReviewItem.Verdict.values()).toLowerCase(Locale.ROOT) + ", not " + text, e);
		}
	}
}
