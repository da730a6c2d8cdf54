package io.dandelion.channels.ingest;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ItemSink.IngestResult;
import io.dandelion.channels.internal.Channel;
import io.dandelion.channels.internal.ChannelForbiddenException;
import io.dandelion.channels.internal.ChannelNotFoundException;
import io.dandelion.channels.web.ChannelTexts;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.CurrentAccess;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dead-letter page for those who manage channels: the open letters of their channels (or of one),
 * why each was refused and what it held (shown as text), with a replay (as kept, or corrected) and a
 * discard button. Decisions go through {@link DeadLetterDecisions}: scoped, once, audited.
 */
@Controller
class DeadLetterPages {

	static final String PATH = "/channels/dead-letters";

	private final DeadLetterDecisions decisions;
	private final CurrentAccess access;
	private final MessageSource messages;

	DeadLetterPages(DeadLetterDecisions decisions, CurrentAccess access, MessageSource messages) {
		this.decisions = decisions;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String list(@RequestParam(required = false) @Nullable String channel, Model model) {
		AccessScope scope = access.get();
		ChannelId only = channel == null || channel.isBlank() ? null : ChannelId.of(channel);
		List<Channel> managed = decisions.managedChannels(scope);
		Map<ChannelId, Channel> byId = managed.stream().collect(Collectors.toMap(Channel::id, Function.identity()));
		model.addAttribute("t", ChannelTexts.current(messages));
		model.addAttribute("channels", managed);
		model.addAttribute("selected", only == null ? "" : only.toString());
		model.addAttribute("rows", decisions.open(scope, only, 200)
			.stream()
			.map(letter -> row(letter, byId.get(letter.channel())))
			.toList());
		return "channels/dead-letters";
	}

	@PostMapping(PATH + "/{letter}/replay")
	String replay(@PathVariable UUID letter, @RequestParam(required = false) @Nullable String correction,
			@RequestParam(required = false) @Nullable String channel, RedirectAttributes redirect) {
		try {
			IngestResult result = decisions.replay(access.get(), null, letter, correction);
			redirect.addFlashAttribute("message", text("deadLetters.replayed", result.stored(), result.duplicates()));
		}
		catch (IllegalArgumentException refused) {
			redirect.addFlashAttribute("error", text("deadLetters.replayFailed", refused.getMessage()));
		}
		return back(channel);
	}

	@PostMapping(PATH + "/{letter}/discard")
	String discard(@PathVariable UUID letter, @RequestParam(required = false) @Nullable String channel,
			RedirectAttributes redirect) {
		try {
			decisions.discard(access.get(), null, letter);
			redirect.addFlashAttribute("message", text("deadLetters.discarded"));
		}
		catch (IllegalArgumentException refused) {
			redirect.addFlashAttribute("error", text("deadLetters.discardFailed", refused.getMessage()));
		}
		return back(channel);
	}

	@ExceptionHandler(ChannelNotFoundException.class)
	@ResponseBody
	ProblemDetail notFound(ChannelNotFoundException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(ChannelForbiddenException.class)
	@ResponseBody
	ProblemDetail forbidden(ChannelForbiddenException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseBody
	ProblemDetail badInput(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	private static DeadLetterRow row(DeadLetters.DeadLetter letter, @Nullable Channel channel) {
		return new DeadLetterRow(letter.id().toString(), letter.channel().toString(),
				channel == null ? "" : channel.platform(), channel == null ? "" : channel.handle(), letter.receivedAt(),
				letter.reason(), letter.line(), letter.verified(), letter.payload());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** Back to the list, with the channel filter when it was one (a channel id, so nothing else reaches the URL). */
	private static String back(@Nullable String channel) {
		return "redirect:" + PATH + (channel == null || channel.isBlank() ? "" : "?channel=" + ChannelId.of(channel));
	}
}
