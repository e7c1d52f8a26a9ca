package org.yangguang.organisation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yangguang.organisation.Organisations;

/** 办公电话 — the public phone directory of offices, in tree order. */
@Controller
class DirectoryController {

	private final Organisations organisations;

	DirectoryController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/organisations")
	String directory(Model model) {
		model.addAttribute("organisations",
				organisations.inTreeOrder().stream().filter(o -> !o.retired()).toList());
		return "organisation/directory";
	}
}
