/**
 * 会议公开 — the meetings channel of disclosure (MISSION.md §5): structured minutes (会议纪要) of standing meetings,
 * joint Party–government meetings and other meetings — host, attendees, recorder, the items studied and the decision
 * on each (议定事项), who leads the follow-up (牵头) and by when. Minutes are drafted and published (签发); the
 * published page and PDF show only the items marked public. Every item with a lead unit becomes a follow-up task
 * (督办事项) on a working-day time limit from the meeting date, reported by the lead unit and verified by the office.
 * <p>
 * Public API: {@link org.yangguang.meetings.Meetings} (minutes), {@link org.yangguang.meetings.MeetingTasks} (the
 * follow-up tasks), {@link org.yangguang.meetings.MinutesSplitter} (pasted minutes text into items); the event
 * {@link org.yangguang.meetings.TaskProgressed}. Task time limits are {@code TimeLimits} time limits (subject type
 * {@code meeting-task}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package org.yangguang.meetings;
