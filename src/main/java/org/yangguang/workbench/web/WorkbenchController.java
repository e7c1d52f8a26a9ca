package org.yangguang.workbench.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.organisation.Organisations;
import org.yangguang.workbench.TodoItem;
import org.yangguang.workbench.TodoSource;

/** 工作台: the to-do list first (due soonest first, overdue in red), then who I am and where I can go. */
@Controller
class WorkbenchController {

	private final Identity identity;
	private final Organisations organisations;
	private final List<TodoSource> sources;

	WorkbenchController(Identity identity, Organisations organisations, List<TodoSource> sources) {
		this.identity = identity;
		this.organisations = organisations;
		this.sources = sources;
	}

	@GetMapping("/workbench")
	String workbench(@RequestParam(required = false) String kind, Model model) {
		CurrentUser user = identity.requireUser();
		List<TodoItem> all = sources.stream().flatMap(s -> s.todosFor(user).stream()).sorted(TodoItem.URGENCY)
			.toList();
		Map<String, Long> counts = all.stream()
			.collect(Collectors.groupingBy(TodoItem::kind, TreeMap::new, Collectors.counting()));
		model.addAttribute("user", user);
		model.addAttribute("organisation",
				user.organisationId() == null ? null : organisations.find(user.organisationId()).orElse(null));
		model.addAttribute("roles", user.roles().stream().map(r -> "role." + r.name()).sorted().toList());
		model.addAttribute("todos", kind == null ? all : all.stream().filter(t -> t.kind().equals(kind)).toList());
		model.addAttribute("total", all.size());
		model.addAttribute("counts", counts);
		model.addAttribute("kind", kind);
		return "workbench/index";
	}
}
