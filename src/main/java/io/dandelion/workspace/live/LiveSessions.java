package io.dandelion.workspace.live;

import io.dandelion.organisation.AccessScope;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * This node's open server-sent-event streams, each with the scope of the person it serves (taken when
 * the stream opened; a browser reconnects within {@link #TIMEOUT}, and every list it then fetches is
 * scoped afresh). A change is sent only to the streams whose scope covers its conversation.
 * When the node stops, its streams are closed before the web server's graceful shutdown begins: an open stream
 * counts as a request in progress, and would hold every shutdown (and every test run's exit) for the whole
 * grace period; the browsers reconnect to another node.
 */
@Component
public class LiveSessions implements SmartLifecycle {

	/** How long one stream stays open before the browser reconnects. */
	static final Duration TIMEOUT = Duration.ofMinutes(15);

	private final Set<Session> sessions = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	/** Opens a stream for a person with this scope. */
	public SseEmitter open(AccessScope scope) {
		return attach(scope, new SseEmitter(TIMEOUT.toMillis()));
	}

	SseEmitter attach(AccessScope scope, SseEmitter emitter) {
		var session = new Session(scope, emitter);
		sessions.add(session);
		emitter.onCompletion(() -> sessions.remove(session));
		emitter.onTimeout(() -> sessions.remove(session));
		emitter.onError(e -> sessions.remove(session));
		return emitter;
	}

	/** Sends the change to every stream allowed to hear of it. */
	public void deliver(LiveChange change) {
		for (Session session : sessions) {
			if (Visibility.sees(session.scope(), change) && addressedTo(session, change)) {
				String id = change.conversation().toString();
				send(session, SseEmitter.event().name(change.eventName()).data(id));
				// pages of one conversation listen to its own event, so that they ignore every other one
				send(session, SseEmitter.event().name(change.eventName() + "-" + id).data(id));
			}
		}
	}

	private static boolean addressedTo(Session session, LiveChange change) {
		return change.kind() != LiveChange.Kind.MENTION
				|| session.scope().member().map(member -> member.toString().equals(change.detail())).orElse(false);
	}

	/** A comment every little while keeps proxies from closing quiet streams and finds dead ones. */
	@Scheduled(fixedDelay = 20_000)
	void heartbeat() {
		for (Session session : sessions) {
			send(session, SseEmitter.event().comment("keep-alive"));
		}
	}

	@Override
	public void start() {
		running = true;
	}

	/** Ends every stream; the pages' event sources reconnect on their own. */
	@Override
	public void stop() {
		running = false;
		for (Session session : sessions) {
			sessions.remove(session);
			session.emitter().complete();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Before the web server's graceful shutdown, which waits for the requests in progress. */
	@Override
	public int getPhase() {
		return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
	}

	int open() {
		return sessions.size();
	}

	private void send(Session session, SseEmitter.SseEventBuilder event) {
		try {
			session.emitter().send(event);
		}
		catch (IOException | IllegalStateException e) {
			sessions.remove(session);
			session.emitter().completeWithError(e);
		}
	}

	private record Session(AccessScope scope, SseEmitter emitter) {
	}
}
