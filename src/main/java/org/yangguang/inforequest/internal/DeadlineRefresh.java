package org.yangguang.inforequest.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.TimeLimitRecomputed;

/**
 * When an administrator corrects the holiday calendar, the calendar module recomputes every open time limit; the
 * deadlines this module keeps for its lists follow.
 */
@Component
class DeadlineRefresh {

	private final RequestWorkflow workflow;

	DeadlineRefresh(RequestWorkflow workflow) {
		this.workflow = workflow;
	}

	@ApplicationModuleListener
	void on(TimeLimitRecomputed event) {
		if (ClockKind.SUBJECT_TYPE.equals(event.subjectType())) {
			workflow.refreshDeadlines(event.subjectId());
		}
	}
}
