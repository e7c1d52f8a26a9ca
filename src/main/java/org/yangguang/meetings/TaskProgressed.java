package org.yangguang.meetings;

/**
 * A follow-up task took a step ({@code created}, {@code progress}, {@code reported}, {@code sent-back},
 * {@code verified}, {@code extension-asked}, {@code extension-granted}, {@code extension-refused}).
 */
public record TaskProgressed(long taskId, long meetingId, String action, TaskState state, long leadOrganisationId,
		int step) {

	/** Unique per task and step, for the notification inbox. */
	public String key() {
		return "meeting-task:" + taskId + ":" + action + ":" + step;
	}
}
