package org.yangguang.meetings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.yangguang.meetings.TaskState;
import org.yangguang.meetings.internal.TaskTransitions.Step;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * 督办事项 — the follow-up of one decision by its lead unit, on a working-day time limit from the meeting date.
 * Each step is checked against {@link TaskTransitions} and noted for the history.
 */
public final class FollowUpTask {

	/** An extension asks for 1 to this many working days. */
	public static final int MAX_EXTENSION_DAYS = 60;

	public record Happened(String action, LocalDate on, String actor, String note) {
	}

	Long id;
	final long minutesId;
	final int itemSeq;
	final long leadOrgId;
	final String decision;
	TaskState state;
	Long timeLimitId;
	LocalDate dueOn;
	LocalDate doneOn;
	Integer extensionDays;
	String extensionReason;
	String extensionStatus;
	/** Working days granted by the current step (for the time limit), or 0. */
	int granted;
	private final List<Happened> happened = new ArrayList<>();

	FollowUpTask(Long id, long minutesId, int itemSeq, long leadOrgId, String decision, TaskState state) {
		this.id = id;
		this.minutesId = minutesId;
		this.itemSeq = itemSeq;
		this.leadOrgId = leadOrgId;
		this.decision = decision;
		this.state = state;
	}

	static FollowUpTask create(long minutesId, int itemSeq, long leadOrgId, String decision, LocalDate heldOn,
			String actor) {
		FollowUpTask t = new FollowUpTask(null, minutesId, itemSeq, leadOrgId, decision, TaskState.OPEN);
		t.happened.add(new Happened("created", heldOn, actor, null));
		return t;
	}

	/** 进展 — a progress note keeps it open; {@code done} reports it done (报结) with the evidence note. */
	public void progress(String note, boolean done, LocalDate today, String actor) {
		String n = required("note", note);
		state = TaskTransitions.next(state, done ? Step.REPORT : Step.PROGRESS);
		happened.add(new Happened(done ? "reported" : "progress", today, actor, n));
	}

	/** 核验 — the office accepts the report (done) or sends it back to the lead unit with the reason. */
	public void verify(boolean accepted, String note, LocalDate today, String actor) {
		if (!accepted) {
			required("note", note);
		}
		state = TaskTransitions.next(state, accepted ? Step.VERIFY : Step.SEND_BACK);
		if (accepted) {
			doneOn = today;
		}
		happened.add(new Happened(accepted ? "verified" : "sent-back", today, actor, blankToNull(note)));
	}

	/** 申请延期 — one request at a time, 1 to {@value #MAX_EXTENSION_DAYS} working days, with the reason. */
	public void askExtension(Integer workingDays, String reason, LocalDate today, String actor) {
		TaskTransitions.next(state, Step.ASK_EXTENSION);
		if ("asked".equals(extensionStatus)) {
			throw new IllegalTransitionException("meetings.error.extensionPending", id);
		}
		if (workingDays == null || workingDays < 1 || workingDays > MAX_EXTENSION_DAYS) {
			throw RuleViolationException.onField("workingDays", "meetings.error.extensionDays", MAX_EXTENSION_DAYS);
		}
		String why = required("reason", reason);
		extensionDays = workingDays;
		extensionReason = why;
		extensionStatus = "asked";
		happened.add(new Happened("extension-asked", today, actor, why));
	}

	/** The office grants the extension (the time limit grows by the days asked) or refuses it. */
	public void decideExtension(boolean grant, String note, LocalDate today, String actor) {
		TaskTransitions.next(state, Step.DECIDE_EXTENSION);
		if (!"asked".equals(extensionStatus)) {
			throw new IllegalTransitionException("meetings.error.noExtension", id);
		}
		extensionStatus = grant ? "granted" : "refused";
		granted = grant ? extensionDays : 0;
		happened.add(new Happened(grant ? "extension-granted" : "extension-refused", today, actor,
				blankToNull(note)));
	}

	private static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw RuleViolationException.onField(field, "meetings.error.required." + field);
		}
		if (value.length() > 4000) {
			throw RuleViolationException.onField(field, "meetings.error.tooLong", field, 4000);
		}
		return value.strip();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	List<Happened> happened() {
		return happened;
	}

	public Long id() {
		return id;
	}

	public long minutesId() {
		return minutesId;
	}

	public int itemSeq() {
		return itemSeq;
	}

	public long leadOrgId() {
		return leadOrgId;
	}

	public String decision() {
		return decision;
	}

	public TaskState state() {
		return state;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public LocalDate doneOn() {
		return doneOn;
	}

	public Integer extensionDays() {
		return extensionDays;
	}

	public String extensionReason() {
		return extensionReason;
	}

	public String extensionStatus() {
		return extensionStatus;
	}
}
