package org.yangguang.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.yangguang.calendar.DeadlineExplanation;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.disclosure.PublicationJudgement;

/**
 * {@link PublicationTimeliness} on the official calendar, with the configured at-risk threshold
 * ({@code yangguang.disclosure.at-risk-working-days}) and today from the clock: the one place where pages, the
 * oversight report and the to-do list get their deadline judgements.
 */
@Component
class PublicationDeadlines {

	private final WorkingCalendar calendar;
	private final DisclosureProperties properties;
	private final Clock clock;

	PublicationDeadlines(WorkingCalendar calendar, DisclosureProperties properties, Clock clock) {
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/** An unpublished version formed on {@code formedOn}, judged today. */
	PublicationJudgement judge(LocalDate formedOn) {
		return rule().judge(formedOn, today());
	}

	/** How the deadline of a version formed on that day is counted. */
	DeadlineExplanation explain(LocalDate formedOn) {
		return rule().explain(formedOn);
	}

	int atRiskWorkingDays() {
		return properties.atRiskWorkingDays();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private PublicationTimeliness rule() {
		return new PublicationTimeliness(calendar.calendar(), properties.atRiskWorkingDays());
	}
}
