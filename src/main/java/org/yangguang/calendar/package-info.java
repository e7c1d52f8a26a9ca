/**
 * 工作日历与办理时限 — the official working-day calendar (法定工作日) and the deadline engine every module uses.
 * <p>
 * Public API: {@link org.yangguang.calendar.WorkingCalendar} (year schedules, deadline arithmetic, missing years) and
 * {@link org.yangguang.calendar.TimeLimits} (running time limits of other modules' cases, and the deadline
 * warnings), the value types {@link org.yangguang.calendar.TimeLimit}, {@link org.yangguang.calendar.WorkingDayCalendar},
 * {@link org.yangguang.calendar.YearSchedule}, and the events {@link org.yangguang.calendar.TimeLimitRecomputed}
 * (a calendar correction moved a deadline), {@link org.yangguang.calendar.DeadlineApproaching} (due soon) and
 * {@link org.yangguang.calendar.DeadlineMissed} (overdue), which a scheduled sweep publishes once per time limit and
 * state change, on one node at a time. The module owning a case listens and warns its people.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.yangguang.calendar;
