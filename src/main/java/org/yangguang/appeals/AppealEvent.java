package org.yangguang.appeals;

import java.time.LocalDate;

/** One step in a ticket's history. */
public record AppealEvent(int seq, String action, LocalDate on, String actor, Long departmentId, String note) {
}
