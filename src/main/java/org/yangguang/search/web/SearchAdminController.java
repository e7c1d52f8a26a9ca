package org.yangguang.search.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.search.IndexStatus;
import org.yangguang.search.RebuildResult;
import org.yangguang.search.SearchIndex;

/** 检索索引 — administrators see the state of this node's search index and have every node rebuild it. */
@Controller
@RequestMapping("/workbench/admin/search")
@PreAuthorize("hasRole('ADMIN')")
class SearchAdminController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final SearchIndex search;
	private final Clock clock;

	SearchAdminController(SearchIndex search, Clock clock) {
		this.search = search;
		this.clock = clock;
	}

	/** The rebuild command, as the README gives it. */
	static final String COMMAND = "java -jar target/yangguang.jar --yangguang.search.rebuild=true --server.port=0";

	@GetMapping
	String status(Model model) {
		IndexStatus status = search.status();
		model.addAttribute("status", status);
		model.addAttribute("lastRebuild",
				status.lastRebuild() == null ? null : WHEN.format(status.lastRebuild().atZone(clock.getZone())));
		model.addAttribute("command", COMMAND);
		return "search/admin";
	}

	@PostMapping("/rebuild")
	String rebuild(RedirectAttributes redirect) {
		RebuildResult result = search.rebuild();
		redirect.addFlashAttribute("flash", "search.admin.rebuilt");
		redirect.addFlashAttribute("rebuilt", result);
		return "redirect:/workbench/admin/search";
	}
}
