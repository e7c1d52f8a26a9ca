/**
 * 政府信息公开工作年度报告 — the statutory annual report in the national format of 2021: tables 二 (proactive
 * disclosure), 三 (applications) and 四 (reconsideration and litigation) computed from the records of the
 * {@code disclosure} and {@code inforequest} modules, the consistency checks, the sections the office writes
 * (一、五、六), output as a web page, PDF and XLSX, and publication in the catalog's column 年度报告.
 * <p>
 * Public API: {@link org.yangguang.annualreport.AnnualReporting} and the value types of a report
 * ({@link org.yangguang.annualreport.AnnualReport} and its tables).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annual report")
package org.yangguang.annualreport;
