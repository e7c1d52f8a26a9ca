package org.yangguang.inforequest;

import java.util.List;

/** An import that went through: every record stored, marked imported, with the batch it belongs to. */
public record ImportResult(String batch, int imported, int finished, int open, List<String> trackingNos) {

	public ImportResult {
		trackingNos = List.copyOf(trackingNos);
	}
}
