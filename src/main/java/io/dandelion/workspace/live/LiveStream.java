package io.dandelion.workspace.live;

import io.dandelion.organisation.CurrentAccess;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The server-sent-event stream a workspace page listens to (htmx {@code sse-connect}). */
@RestController
class LiveStream {

	private final LiveBus bus;
	private final LiveSessions sessions;
	private final CurrentAccess access;

	LiveStream(LiveBus bus, LiveSessions sessions, CurrentAccess access) {
		this.bus = bus;
		this.sessions = sessions;
		this.access = access;
	}

	/** Events {@code conversation} and {@code presence}, data the conversation's id, for what the caller may see. */
	@GetMapping(path = "/workspace/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter live() {
		bus.listen();
		return sessions.open(access.get());
	}
}
