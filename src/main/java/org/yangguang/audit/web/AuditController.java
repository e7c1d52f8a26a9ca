package org.yangguang.audit.web;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.yangguang.audit.AuditLog;

/** 审计日志 page in the workbench: filter form, paged entries, and a button that checks the chain. */
@Controller
@RequestMapping("/workbench/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog auditLog;
	private final Clock clock;

	AuditController(AuditLog auditLog, Clock clock) {
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@GetMapping
	String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("entries", auditLog.find(filter.toQuery(clock.getZone()), page, PAGE_SIZE));
		model.addAttribute("pageLink", UriComponentsBuilder.fromPath("/workbench/audit")
				.queryParams(filter.queryParams()).encode().toUriString());
		return "audit/index";
	}

	@GetMapping("/verify")
	String verify(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("verification", auditLog.verify());
		return list(filter, page, model);
	}
}
