package org.yangguang.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 延期 — working days added to a time limit, e.g. an information request extended by 20 working days
 * with the approval of the office's head.
 *
 * @param workingDays how many working days are added, at least one
 * @param grantedOn   the day the extension was granted
 * @param reason      why; may be null
 */
public record Extension(int workingDays, LocalDate grantedOn, String reason) {

	public Extension {
		Objects.requireNonNull(grantedOn, "grantedOn");
		if (workingDays < 1) {
			throw new IllegalArgumentException("an extension adds at least one working day");
		}
	}
}
