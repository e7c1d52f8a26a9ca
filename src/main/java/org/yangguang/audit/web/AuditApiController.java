package org.yangguang.audit.web;

import java.time.Clock;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.audit.AuditLog;
import org.yangguang.audit.AuditPage;
import org.yangguang.audit.ChainVerification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail for auditors: filtered entries, newest first, and the chain check. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail of every change and every read of "
		+ "personal data (auditors).")
@SecurityRequirement(name = "bearerAuth")
@PreAuthorize("hasRole('AUDITOR')")
class AuditApiController {

	private final AuditLog auditLog;
	private final Clock clock;

	AuditApiController(AuditLog auditLog, Clock clock) {
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Operation(summary = "Browse audit entries, newest first, filtered by actor, action, subject and time")
	@GetMapping
	AuditPage find(@ParameterObject AuditFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return auditLog.find(filter.toQuery(clock.getZone()), page, size);
	}

	@Operation(summary = "Verify the hash chain: valid with the number of entries, or the first broken entry")
	@GetMapping("/verify")
	ChainVerification verify() {
		return auditLog.verify();
	}
}
