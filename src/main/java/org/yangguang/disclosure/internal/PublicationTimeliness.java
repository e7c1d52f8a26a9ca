package org.yangguang.disclosure.internal;

import java.time.LocalDate;

import org.yangguang.calendar.DeadlineExplanation;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.disclosure.PublicationJudgement;
import org.yangguang.disclosure.PublicationStanding;

/**
 * 公开时限 (条例 第二十六条): proactive information is published within 20 working days of being formed or changed.
 * The deadline is the 20th working day after the date formed (that day not counted); publication after it is
 * late. Before publication a version is at risk when at most {@code atRiskWithin} working days remain.
 */
public final class PublicationTimeliness {

	public static final int WORKING_DAYS = 20;



	private final WorkingDayCalendar calendar;
	private final int atRiskWithin;

	public PublicationTimeliness(WorkingDayCalendar calendar, int atRiskWithin) {
		this.calendar = calendar;
		this.atRiskWithin = atRiskWithin;
	}

	public DeadlineExplanation explain(LocalDate formedOn) {
		return calendar.deadline(formedOn, WORKING_DAYS);
	}

	public LocalDate deadline(LocalDate formedOn) {
		return explain(formedOn).deadline();
	}

	/** Published on {@code publishedOn}: late when that is after the deadline. */
	public boolean late(LocalDate formedOn, LocalDate publishedOn) {
		return publishedOn.isAfter(deadline(formedOn));
	}

	/** An unpublished version formed on {@code formedOn}, judged on {@code day}. */
	public PublicationJudgement judge(LocalDate formedOn, LocalDate day) {
		DeadlineExplanation explanation = explain(formedOn);
		LocalDate deadline = explanation.deadline();
		int remaining;
		if (day.isAfter(deadline)) {
			remaining = -calendar.workingDaysBetween(deadline.plusDays(1), day).workingDays();
		}
		else {
			remaining = day.isEqual(deadline) ? 0 : calendar.workingDaysBetween(day.plusDays(1), deadline).workingDays();
		}
		PublicationStanding standing = day.isAfter(deadline) ? PublicationStanding.OVERDUE
				: remaining <= atRiskWithin ? PublicationStanding.AT_RISK : PublicationStanding.ON_TIME;
		return new PublicationJudgement(deadline, remaining, standing, explanation.provisional());
	}
}
