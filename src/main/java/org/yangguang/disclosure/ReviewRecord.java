package org.yangguang.disclosure;

import java.time.Instant;

/**
 * 审核记录 — one review of a version: the confidentiality review (保密审查) and the accuracy review (预先审核) by a
 * reviewer other than the author, approving or returning it with reasons.
 */
public record ReviewRecord(long id, int versionNo, String decision, String comment, boolean confidentialityChecked,
		boolean accuracyChecked, String reviewerName, Instant reviewedAt) {

	public boolean approved() {
		return "approve".equals(decision);
	}
}
