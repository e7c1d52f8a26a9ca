package org.yangguang.audit.web;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.audit.AuditLog;
import org.yangguang.audit.AuditPage;
import org.yangguang.audit.ChainVerification;

/** The audit trail for auditors: filtered entries, newest first, and the chain check. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditApiController {

	private final AuditLog auditLog;
	private final Clock clock;

	AuditApiController(AuditLog auditLog, Clock clock) {
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@GetMapping
	AuditPage find(AuditFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return auditLog.find(filter.toQuery(clock.getZone()), page, size);
	}

	@GetMapping("/verify")
	ChainVerification verify() {
		return auditLog.verify();
	}
}
