package io.dandelion.routing.web;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.routing.QueueId;
import io.dandelion.routing.internal.QueueWork;
import io.dandelion.routing.internal.QueueWork.QueueView;
import io.dandelion.routing.internal.WorkItem;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Work queues over REST: what waits where (within the caller's scope), and taking the next item. */
@RestController
@RequestMapping("/api/v1/queues")
class QueuesApi {

	private final QueueWork work;
	private final CurrentAccess access;

	QueuesApi(QueueWork work, CurrentAccess access) {
		this.work = work;
		this.access = access;
	}

	/** The queues the caller may see, with the conversations waiting and held that the caller may read. */
	@GetMapping
	List<QueueJson> list() {
		return work.visible(access.get()).stream().map(QueueJson::of).toList();
	}

	/**
	 * Takes the most pressing waiting conversation of the queue (oldest breach first, then the most
	 * urgent, then the longest waiting) among those the caller may work; 204 when there is none.
	 */
	@PostMapping("/{id}/next")
	ResponseEntity<ItemJson> next(@PathVariable String id) {
		return work.takeNext(access.get(), QueueId.of(id))
			.map(item -> ResponseEntity.ok(ItemJson.of(item)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	record QueueJson(String id, String name, String team, String unit, String role, Set<String> languages, int waiting,
			int assigned, @Nullable Instant oldestWaitingSince, int overdue) {

		static QueueJson of(QueueView q) {
			return new QueueJson(q.id().toString(), q.name(), q.team().value().toString(), q.unit().toString(), q.role(),
					q.languages(), q.waiting(), q.assigned(), q.oldestWaitingSince(), q.overdue());
		}
	}

	record ItemJson(String conversation, String queue, String unit, String platform, String language,
			@Nullable String intent, int priority, String state, @Nullable String assignee, Instant waitingSince,
			@Nullable Instant dueAt) {

		static ItemJson of(WorkItem item) {
			return new ItemJson(item.conversation().toString(), item.queue().toString(), item.unit().toString(),
					item.platform(), item.language(), item.intent(), item.priority(), item.state().name(),
					item.assignee() == null ? null : item.assignee().value().toString(), item.waitingSince(),
					item.dueAt());
		}
	}
}
