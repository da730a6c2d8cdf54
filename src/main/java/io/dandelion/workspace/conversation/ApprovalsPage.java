package io.dandelion.workspace.conversation;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The replies waiting for the caller's approval, across the units whose accounts they run. */
@Controller
class ApprovalsPage {

	private final ReplyApprovals approvals;
	private final CurrentAccess access;

	ApprovalsPage(ReplyApprovals approvals, CurrentAccess access) {
		this.approvals = approvals;
		this.access = access;
	}

	@GetMapping("/workspace/approvals")
	String approvals(Model model) {
		model.addAttribute("held", approvals.waitingFor(access.get()));
		return "workspace/approvals";
	}

	@Bean
	static NavigationItem approvalsNavigation() {
		return new NavigationItem("Approvals", "/workspace/approvals", 12, Permission.CHANNELS_MANAGE);
	}
}
