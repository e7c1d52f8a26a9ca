package org.yangguang.consultation;

import java.time.Instant;
import java.util.List;

/** The participants of a hearing were selected: the accounts chosen and those not chosen. */
public record HearingSelected(long hearingId, String title, List<Long> selected, List<Long> notSelected, Instant at) {
}
