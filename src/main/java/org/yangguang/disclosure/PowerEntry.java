package org.yangguang.disclosure;

import java.time.Instant;

/** 权力清单事项 — a power the organisation exercises, as published in its power list. */
public record PowerEntry(long id, long organisationId, String code, String name, PowerKind kind, String legalBasis,
		String procedure, String timeLimit, String responsibleUnit, Instant retiredAt) {

	public boolean retired() {
		return retiredAt != null;
	}
}
