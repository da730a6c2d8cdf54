package io.dandelion.workspace.inbox;

import io.dandelion.conversations.ConversationFilter;
import io.dandelion.organisation.CurrentAccess;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's saved inbox views over REST. */
@RestController
@RequestMapping("/api/v1/workspace/views")
class ViewsApi {

	private final SavedViews views;
	private final CurrentAccess access;

	ViewsApi(SavedViews views, CurrentAccess access) {
		this.views = views;
		this.access = access;
	}

	/** The caller's saved views, by name. */
	@GetMapping
	List<ViewJson> list() {
		return views.of(access.get()).stream().map(ViewJson::of).toList();
	}

	/** Saves the filters under a name; 400 when the name is blank, too long or taken. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ViewJson save(@RequestBody ViewJson view) {
		if (view.name() == null) {
			throw new IllegalArgumentException("name is required");
		}
		var filter = ConversationFilter.parse(view.unit(), view.channel(), view.status(), view.language());
		return ViewJson.of(views.save(access.get(), view.name(), filter,
				WorkFilter.parse(view.tag(), view.assignee(), view.sla(), view.intent(), view.sentiment())));
	}

	/** Deletes one of the caller's views; 404 for anyone else's. */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		views.delete(access.get(), id);
	}

	record ViewJson(@Nullable String id, @Nullable String name, @Nullable String unit, @Nullable String channel,
			@Nullable String status, @Nullable String language, @Nullable String tag, @Nullable String assignee,
			@Nullable String sla, @Nullable String intent, @Nullable String sentiment) {

		static ViewJson of(SavedView view) {
			var f = view.filter();
			var w = view.work();
			return new ViewJson(view.id().toString(), view.name(), f.unit() == null ? null : f.unit().toString(),
					f.channel() == null ? null : f.channel().toString(),
					f.status() == null ? null : f.status().name(), f.language(), w.tag(), w.assignee(),
					w.sla() == null ? null : w.sla().name().toLowerCase(), w.intent(),
					w.sentiment() == null ? null : w.sentiment().name().toLowerCase());
		}
	}
}
