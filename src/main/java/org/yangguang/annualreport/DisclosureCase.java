package org.yangguang.annualreport;

import java.time.LocalDate;

import org.yangguang.inforequest.AppealKind;
import org.yangguang.inforequest.AppealResult;

/**
 * A reconsideration or litigation case about proactive disclosure (主动公开方面的复议、诉讼), counted in table 四;
 * {@code result} is null while it is pending (尚未审结).
 */
public record DisclosureCase(long id, String org, String orgName, AppealKind kind, String subject, LocalDate filedOn,
		AppealResult result, LocalDate decidedOn, String recordedBy) {
}
