/**
 * 依申请公开 — applications for government information under the Regulation (条例第二十七条 and following): receipt
 * by channel, registration with a tracking number, the statutory reply deadline of 20 working days on the official
 * calendar, corrections, third-party consultation, extension, processing fees, the reply with its PDF letter,
 * reconsideration and litigation, and the import of the registers of past years.
 * <p>
 * Public API, three services with different jobs:
 * <ul>
 * <li>{@link org.yangguang.inforequest.InformationRequests} — the applicant's side and reading: apply online, see
 * one's own requests, withdraw, submit a correction, public progress by tracking number, read a case, download
 * the letter and files.</li>
 * <li>{@link org.yangguang.inforequest.RequestHandling} — the staff steps: the case list, register, assign, ask
 * for correction, consult third parties, extend, charge fees, reply, record appeals, import. Each step checks the state machine, the rule, the role
 * and the data scope, and is audited.</li>
 * <li>{@link org.yangguang.inforequest.RequestStatistics} — the figures of a year for table 三 and 四 of the annual
 * report ({@link org.yangguang.inforequest.RequestYearFigures}).</li>
 * </ul>
 * The records and enums of a request ({@link org.yangguang.inforequest.RequestView},
 * {@link org.yangguang.inforequest.RequestSnapshot}, {@link org.yangguang.inforequest.Outcome}, …) and the events
 * {@link org.yangguang.inforequest.RequestRegistered} and {@link org.yangguang.inforequest.RequestDecided} complete
 * it. The aggregate, its transitions ({@code RequestAction}) and the named rules are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Information requests")
package org.yangguang.inforequest;
