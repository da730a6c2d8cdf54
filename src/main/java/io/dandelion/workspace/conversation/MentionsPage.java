package io.dandelion.workspace.conversation;

import io.dandelion.organisation.CurrentAccess;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The notes that named the caller, and the count of unseen ones for the workspace header. */
@Controller
class MentionsPage {

	private final Notes notes;
	private final CurrentAccess access;

	MentionsPage(Notes notes, CurrentAccess access) {
		this.notes = notes;
		this.access = access;
	}

	@GetMapping("/workspace/mentions")
	String mentions(Model model) {
		model.addAttribute("mentions",
				access.get().member().map(member -> notes.mentionsOf(member, 100)).orElse(List.of()));
		return "workspace/mentions";
	}

	@GetMapping("/workspace/mentions/count")
	String count(Model model) {
		model.addAttribute("unseen", access.get().member().map(notes::unseen).orElse(0));
		return "workspace/mention-count";
	}
}
