package org.yangguang.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.yangguang.meetings.TaskState;
import org.yangguang.meetings.internal.TaskTransitions.Step;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/** The follow-up task takes only the listed transitions; any other step is an illegal transition (409). */
class TaskStateMachineTest {

	static final LocalDate DAY = LocalDate.of(2026, 12, 3);

	FollowUpTask task() {
		return FollowUpTask.create(1, 1, 7, "会议同意……", DAY.minusDays(5), "县政务公开办 王敏");
	}

	@Test
	void onlyTheListedTransitionsAreAllowed() {
		for (TaskState from : TaskState.values()) {
			for (Step step : Step.values()) {
				boolean listed = TaskTransitions.ALLOWED.stream().anyMatch(t -> t.from() == from && t.step() == step);
				assertThat(TaskTransitions.allows(from, step)).as(from + " " + step).isEqualTo(listed);
				if (!listed) {
					assertThatThrownBy(() -> TaskTransitions.next(from, step))
						.isInstanceOf(IllegalTransitionException.class);
				}
			}
		}
		assertThat(TaskTransitions.next(TaskState.OPEN, Step.REPORT)).isEqualTo(TaskState.REPORTED);
		assertThat(TaskTransitions.next(TaskState.REPORTED, Step.VERIFY)).isEqualTo(TaskState.DONE);
		assertThat(TaskTransitions.next(TaskState.REPORTED, Step.SEND_BACK)).isEqualTo(TaskState.OPEN);
		assertThat(Step.values()).noneMatch(step -> TaskTransitions.allows(TaskState.DONE, step));
	}

	@Test
	void progressKeepsItOpenAndDoneReportsIt() {
		FollowUpTask t = task();
		t.progress("已完成名单初审。", false, DAY, "刘洋");
		assertThat(t.state()).isEqualTo(TaskState.OPEN);
		t.progress("名单已于12月3日公示，网址见附件。", true, DAY, "刘洋");
		assertThat(t.state()).isEqualTo(TaskState.REPORTED);
		assertThat(t.happened()).extracting(FollowUpTask.Happened::action).containsExactly("created", "progress",
				"reported");
	}

	@Test
	void aReportedTaskCannotBeReportedAgainUntilSentBack() {
		FollowUpTask t = task();
		t.progress("已公示。", true, DAY, "刘洋");
		assertThatThrownBy(() -> t.progress("再次报结。", true, DAY, "刘洋"))
			.isInstanceOf(IllegalTransitionException.class);
		t.verify(false, "公示网址无法打开，请补充。", DAY, "王敏");
		assertThat(t.state()).isEqualTo(TaskState.OPEN);
		t.progress("已补充公示网址。", true, DAY, "刘洋");
		t.verify(true, null, DAY, "王敏");
		assertThat(t.state()).isEqualTo(TaskState.DONE);
		assertThat(t.doneOn()).isEqualTo(DAY);
	}

	@Test
	void anOpenTaskCannotBeVerifiedAndADoneTaskTakesNoStep() {
		FollowUpTask t = task();
		assertThatThrownBy(() -> t.verify(true, null, DAY, "王敏")).isInstanceOf(IllegalTransitionException.class);
		t.progress("已公示。", true, DAY, "刘洋");
		t.verify(true, null, DAY, "王敏");
		assertThatThrownBy(() -> t.progress("补充。", false, DAY, "刘洋")).isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> t.askExtension(5, "理由", DAY, "刘洋")).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void sendingBackNeedsTheReasonAndReportingNeedsTheEvidence() {
		FollowUpTask t = task();
		assertThatThrownBy(() -> t.progress(" ", true, DAY, "刘洋")).isInstanceOf(RuleViolationException.class);
		t.progress("已公示。", true, DAY, "刘洋");
		assertThatThrownBy(() -> t.verify(false, "", DAY, "王敏")).isInstanceOf(RuleViolationException.class);
		assertThat(t.state()).isEqualTo(TaskState.REPORTED);
	}

	@Test
	void anExtensionIsAskedOnceAtATimeAndDecidedOnlyWhenAsked() {
		FollowUpTask t = task();
		assertThatThrownBy(() -> t.decideExtension(true, null, DAY, "王敏"))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> t.askExtension(0, "理由", DAY, "刘洋")).isInstanceOf(RuleViolationException.class);
		t.askExtension(5, "资助名单需重新核对", DAY, "刘洋");
		assertThatThrownBy(() -> t.askExtension(3, "再延", DAY, "刘洋")).isInstanceOf(IllegalTransitionException.class);
		t.decideExtension(true, null, DAY, "王敏");
		assertThat(t.extensionStatus()).isEqualTo("granted");
		assertThat(t.granted).isEqualTo(5);
		assertThat(t.state()).isEqualTo(TaskState.OPEN);
	}
}
