package io.dandelion.channels.connect;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.internal.ChannelForbiddenException;
import io.dandelion.channels.internal.ChannelNotFoundException;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.web.ChannelTexts;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.TeamId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Connect an account" and "Reconnect" on the channel page. Both are links (GET), not forms: the page's
 * Content-Security-Policy ({@code form-action 'self'}) would stop a form whose answer redirects to the
 * platform. Starting only adds a pending connection to the caller's own session; nothing is stored
 * until the platform sends the user back with the state made here.
 */
@Controller
class ConnectPages {

	static final String PENDING = ConnectPages.class.getName() + ".pending";

	static final String CALLBACK = "/channels/connect/callback";

	private final AccountConnections connections;
	private final CurrentAccess access;
	private final MessageSource messages;
	private final String callbackBase;

	ConnectPages(AccountConnections connections, CurrentAccess access, MessageSource messages,
			@Value("${dandelion.channels.callback-base-url:}") String callbackBase) {
		this.connections = connections;
		this.access = access;
		this.messages = messages;
		this.callbackBase = callbackBase.endsWith("/") ? callbackBase.substring(0, callbackBase.length() - 1)
				: callbackBase;
	}

	@GetMapping("/channels/connect/{platform}")
	String connect(@PathVariable String platform, @RequestParam String team, HttpSession session) {
		PendingConnection pending = connections.startNew(access.get(), platform, teamId(team), callback());
		return remember(session, pending);
	}

	@GetMapping("/channels/{id}/reconnect")
	String reconnect(@PathVariable String id, HttpSession session) {
		return remember(session, connections.startReconnect(access.get(), ChannelId.of(id), callback()));
	}

	@GetMapping(CALLBACK)
	String callback(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String code, @RequestParam(required = false) @Nullable String error,
			HttpSession session) {
		if (state == null || state.isBlank()) {
			throw new IllegalArgumentException("The platform's answer carries no state, so it cannot be matched to a"
					+ " connection you started; start again from the Channels page.");
		}
		PendingConnection pending = pending(session).remove(state);
		if (pending == null) {
			throw new IllegalArgumentException("This answer does not belong to a connection started in your session"
					+ " (it may have been used already); start again from the Channels page.");
		}
		if (error != null) {
			connections.failed(access.get(), pending, error);
			throw new IllegalArgumentException(pending.platform() + " did not connect the account (" + error
					+ "); nothing was changed.");
		}
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("The platform's answer carries no authorization code; start again.");
		}
		ChannelId channel = connections.finish(access.get(), pending, state, code);
		return "redirect:/channels?connected=" + channel;
	}

	private String remember(HttpSession session, PendingConnection pending) {
		Map<String, PendingConnection> all = pending(session);
		all.values().removeIf(p -> p.startedAt().plus(AccountConnections.VALID_FOR).isBefore(Instant.now()));
		if (all.size() >= 5) {
			throw new IllegalArgumentException("You have five connections waiting for their platform; finish or"
					+ " abandon them for 10 minutes before starting another.");
		}
		all.put(pending.state(), pending);
		session.setAttribute(PENDING, all);
		return "redirect:" + pending.redirect();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, PendingConnection> pending(HttpSession session) {
		Object kept = session.getAttribute(PENDING);
		return kept instanceof Map<?, ?> map ? (Map<String, PendingConnection>) map : new HashMap<>();
	}

	private URI callback() {
		String base = callbackBase.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: callbackBase;
		return URI.create(base + CALLBACK);
	}

	private static TeamId teamId(String text) {
		try {
			return new TeamId(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + text + "' is not a team id.", e);
		}
	}

	@ExceptionHandler({ IllegalArgumentException.class, ChannelNotFoundException.class,
			ChannelForbiddenException.class, PlatformException.class })
	String refused(RuntimeException e, HttpServletResponse response, Model model) {
		HttpStatus status = e instanceof ChannelNotFoundException ? HttpStatus.NOT_FOUND
				: e instanceof ChannelForbiddenException ? HttpStatus.FORBIDDEN
						: e instanceof PlatformException ? HttpStatus.BAD_GATEWAY : HttpStatus.BAD_REQUEST;
		response.setStatus(status.value());
		return failure(model, status == HttpStatus.BAD_GATEWAY ? e.getMessage() + "; nothing was changed." : e.getMessage());
	}

	private String failure(Model model, @Nullable String message) {
		model.addAttribute("t", ChannelTexts.current(messages));
		model.addAttribute("message", String.valueOf(message));
		return "channels/connect-failed";
	}
}
