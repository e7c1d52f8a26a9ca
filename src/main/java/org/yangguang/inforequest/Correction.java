package org.yangguang.inforequest;

import java.time.LocalDate;
import java.util.List;

/**
 * 补正 — the one consolidated correction notice (条例第三十条) and, once received, the correction.
 *
 * @param items       everything the applicant must correct
 * @param sentOn      the day the notice was sent (within 7 working days of receipt)
 * @param dueOn       the last day for the correction
 * @param correctedOn the day the correction was received (the reply clock restarts from it); null until then
 * @param text        the correction as received; may be null
 */
public record Correction(List<String> items, LocalDate sentOn, LocalDate dueOn, LocalDate correctedOn, String text) {

	public Correction {
		items = List.copyOf(items);
	}

	public boolean received() {
		return correctedOn != null;
	}
}
