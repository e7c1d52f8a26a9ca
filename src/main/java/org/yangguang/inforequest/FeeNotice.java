package org.yangguang.inforequest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 收费通知 — the processing fee computed by the rule, the due date, and the payment.
 *
 * @param method   per application or per page
 * @param quantity the application's number in the applicant's month, or the number of pages
 * @param amount   in yuan
 * @param noticeOn the day the notice was sent
 * @param dueOn    the last day to pay
 * @param paidOn   the day paid; null until then
 */
public record FeeNotice(FeeMethod method, int quantity, BigDecimal amount, LocalDate noticeOn, LocalDate dueOn,
		LocalDate paidOn) {

	public boolean paid() {
		return paidOn != null;
	}
}
