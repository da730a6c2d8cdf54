package io.dandelion.workspace.conversation;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Saved replies over REST: those of the units the caller reads; written by people who run a unit's accounts. */
@RestController
@RequestMapping("/api/v1/workspace/saved-replies")
class SavedRepliesApi {

	private final SavedReplies replies;
	private final CurrentAccess access;

	SavedRepliesApi(SavedReplies replies, CurrentAccess access) {
		this.replies = replies;
		this.access = access;
	}

	@GetMapping
	List<ReplyJson> list() {
		return replies.visibleTo(access.get()).stream().map(ReplyJson::of).toList();
	}

	/** Creates a saved reply: {@code {"unit", "name", "variants": {"fr": "Bonjour {name}, ..."}}}. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ReplyJson create(@RequestBody ReplyJson reply) {
		if (reply.unit() == null || reply.name() == null || reply.variants() == null) {
			throw new IllegalArgumentException("unit, name and variants are required");
		}
		return ReplyJson.of(replies.create(access.get(), UnitId.of(reply.unit()), reply.name(), reply.variants()));
	}

	/** Renames a saved reply and replaces its variants: {@code {"name", "variants": {...}}}. */
	@PutMapping("/{id}")
	ReplyJson update(@PathVariable UUID id, @RequestBody ReplyJson reply) {
		if (reply.name() == null || reply.variants() == null) {
			throw new IllegalArgumentException("name and variants are required");
		}
		return ReplyJson.of(replies.update(access.get(), id, reply.name(), reply.variants()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		replies.delete(access.get(), id);
	}

	record ReplyJson(@Nullable String id, @Nullable String unit, @Nullable String name,
			@Nullable Map<String, String> variants) {

		static ReplyJson of(SavedReply reply) {
			return new ReplyJson(reply.id().toString(), reply.unit().toString(), reply.name(), reply.variants());
		}
	}
}
