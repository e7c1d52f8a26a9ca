/**
 * 工作日历与办理时限 — the official working-day calendar (法定工作日) and the deadline engine every module uses.
 * <p>
 * Public API: {@link org.yangguang.calendar.WorkingCalendar} (year schedules, deadline arithmetic, missing years),
 * {@link org.yangguang.calendar.TimeLimits} (running time limits of other modules' cases), the value types
 * {@link org.yangguang.calendar.TimeLimit}, {@link org.yangguang.calendar.WorkingDayCalendar},
 * {@link org.yangguang.calendar.YearSchedule} and the event {@link org.yangguang.calendar.TimeLimitRecomputed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.yangguang.calendar;
