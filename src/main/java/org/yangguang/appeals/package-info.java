/**
 * 诉求办理 — the county head's public hotline (县长公开电话), the leader's mailbox (县长信箱), letters, the web form and
 * Open311: every consultation, request for help, complaint, report and suggestion registered with a ticket number,
 * dispatched to the responsible department after the operator's sign-off, handled within the per-type working-day time
 * limit, answered, rated by the citizen (dissatisfied reopens it), supervised (督办) when overdue or repeated, and — with
 * the citizen's consent — published on the Q&A wall (回音壁). "有询必答、有诉必受、有查必果、有果必复".
 * <p>
 * Public API: {@link org.yangguang.appeals.Appeals} (intake, reading, the citizen's rating),
 * {@link org.yangguang.appeals.AppealHandling} (the operator's, departments' and supervisors' steps),
 * {@link org.yangguang.appeals.AppealFigures} (reply, completion and satisfaction rates, the Q&A wall); the event
 * {@link org.yangguang.appeals.AppealProgressed}. Every time limit is a {@code TimeLimits} time limit (subject type
 * {@code appeal}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen appeals")
package org.yangguang.appeals;
