package org.yangguang.inforequest.internal;

import java.time.LocalDate;

/**
 * A step the request just took, to be written to its timeline (see {@link org.yangguang.inforequest.TimelineEntry}).
 */
public record Happened(String action, LocalDate on, String actor, String detail, LocalDate date, String number,
		boolean notice) {
}
