/**
 * 政务服务 — the government service centre: the catalog of service items (事项) with their guides (办事指南), the
 * cases (办件) on the clock from the window's pre-check to delivery, the one-time notice (一次性告知), joint approval
 * (并联审批), the green channel and agent service (绿色通道, 代办), unified fee collection (统一收费) and the ratings
 * (好差评).
 * <p>
 * Public API:
 * <ul>
 * <li>{@link org.yangguang.services.ServiceCatalog} — browse and read the items, publish a new version of a guide,
 * import and export the catalog as XLSX.</li>
 * <li>{@link org.yangguang.services.ServiceApplications} — the applicant's side: apply, supplement, see one's own
 * cases, notices, material library (材料库) and certificate library (证照库).</li>
 * <li>{@link org.yangguang.services.CaseHandling} — the window's and departments' steps, each checked against the
 * state machine, the role and the data scope, audited, and published as {@link org.yangguang.services.CaseProgressed}.</li>
 * <li>{@link org.yangguang.services.ServiceRatings} — 好差评 and the centre's statistics.</li>
 * </ul>
 * Every time limit is a {@code TimeLimits} time limit of the calendar module (subject type {@code service-case}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service centre")
package org.yangguang.services;
