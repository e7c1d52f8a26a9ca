package org.yangguang.meetings.internal;

import java.util.List;

import org.yangguang.meetings.TaskState;
import org.yangguang.shared.IllegalTransitionException;

/**
 * The state machine of a follow-up task in one place: the lead unit reports progress (stays open) or reports it
 * done (reported); the office verifies (done) or sends it back (open); extensions are asked while open and decided
 * while open or reported. Anything else is an illegal transition (409).
 */
public final class TaskTransitions {

	/** The steps of a task. */
	public enum Step {
		PROGRESS, REPORT, VERIFY, SEND_BACK, ASK_EXTENSION, DECIDE_EXTENSION
	}

	record Transition(TaskState from, Step step, TaskState to) {
	}

	static final List<Transition> ALLOWED = List.of(
			new Transition(TaskState.OPEN, Step.PROGRESS, TaskState.OPEN),
			new Transition(TaskState.OPEN, Step.REPORT, TaskState.REPORTED),
			new Transition(TaskState.REPORTED, Step.VERIFY, TaskState.DONE),
			new Transition(TaskState.REPORTED, Step.SEND_BACK, TaskState.OPEN),
			new Transition(TaskState.OPEN, Step.ASK_EXTENSION, TaskState.OPEN),
			new Transition(TaskState.OPEN, Step.DECIDE_EXTENSION, TaskState.OPEN),
			new Transition(TaskState.REPORTED, Step.DECIDE_EXTENSION, TaskState.REPORTED));

	private TaskTransitions() {
	}

	public static boolean allows(TaskState from, Step step) {
		return ALLOWED.stream().anyMatch(t -> t.from() == from && t.step() == step);
	}

	/** The state after {@code step}; 409 when the step is not allowed from {@code from}. */
	public static TaskState next(TaskState from, Step step) {
		return ALLOWED.stream().filter(t -> t.from() == from && t.step() == step).map(Transition::to).findFirst()
			.orElseThrow(() -> new IllegalTransitionException("meetings.error.transition",
					step.name().toLowerCase(java.util.Locale.ROOT), from.key()));
	}
}
