package io.dandelion.routing.web;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.platform.web.NavigationItem;
import io.dandelion.platform.web.UiLanguages;
import io.dandelion.routing.internal.QueueBoard;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The queue board for team leads: the queues they may see with what waits and for how long, and who of
 * each team is online with how much they hold. The board part is fetched again every 15 seconds.
 */
@Controller
class QueuePages {

	private final QueueBoard board;
	private final CurrentAccess access;
	private final RoutingTexts texts;
	private final UiLanguages languages;

	QueuePages(QueueBoard board, CurrentAccess access, RoutingTexts texts, UiLanguages languages) {
		this.board = board;
		this.access = access;
		this.texts = texts;
		this.languages = languages;
	}

	@GetMapping("/queues")
	String page(Model model) {
		model.addAttribute("board", board.of(access.get()));
		model.addAttribute("t", texts);
		model.addAttribute("languages", languages);
		return "routing/queues";
	}

	@GetMapping("/queues/board")
	String board(Model model) {
		model.addAttribute("board", board.of(access.get()));
		model.addAttribute("t", texts);
		return "routing/board";
	}

	@Bean
	static NavigationItem queuesNavigation() {
		return new NavigationItem("Queues", "/queues", 15, Permission.CONVERSATIONS_READ);
	}
}
