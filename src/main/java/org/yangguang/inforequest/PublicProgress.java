package org.yangguang.inforequest;

import java.time.LocalDate;

/**
 * 办理进度 as anyone holding the tracking number and the last four digits of the contact phone may see it: no
 * personal data, no content — where the request is and until when.
 */
public record PublicProgress(String trackingNo, RequestStatus status, LocalDate receivedOn, String agencyName,
		DeadlineView deadline, LocalDate decidedOn) {
}
