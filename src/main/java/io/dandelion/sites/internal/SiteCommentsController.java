package io.dandelion.sites.internal;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.sites.SiteId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A site's comments for its editors: every comment with where moderation put it and the answers sent.
 * Moderating and answering happen where every social comment is handled (review queue, workspace).
 */
@Controller
class SiteCommentsController {

	static final int SHOWN = 200;

	private final CurrentAccess access;
	private final Sites sites;
	private final SiteComments comments;
	private final SiteTexts texts;

	SiteCommentsController(CurrentAccess access, Sites sites, SiteComments comments, SiteTexts texts) {
		this.access = access;
		this.sites = sites;
		this.comments = comments;
		this.texts = texts;
	}

	@GetMapping("/sites/{id}/comments")
	String list(@PathVariable String id, Model model) {
		var site = sites.require(access.get(), SiteId.of(id));
		model.addAttribute("t", texts);
		model.addAttribute("site", site);
		model.addAttribute("comments", comments.all(site, SHOWN));
		model.addAttribute("shown", SHOWN);
		return "sites/comments";
	}
}
