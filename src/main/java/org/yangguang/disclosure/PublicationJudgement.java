package org.yangguang.disclosure;

import java.time.LocalDate;

/** 公开时限 judgement of an unpublished version on a day: the deadline, working days left after {@code day} (negative when past), and the standing. */
public record PublicationJudgement(LocalDate deadline, int remainingWorkingDays, PublicationStanding standing, boolean provisional) {
}
