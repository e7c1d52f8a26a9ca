package org.yangguang.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.yangguang.shared.Masks;

/**
 * 村务公开栏 — one bulletin of a village: itemised finances and household-by-household payments (subsidies,
 * relief). The personal data of the households is masked on every public view and export ({@link #masked()}).
 */
public record Bulletin(long id, long organisationId, String title, BulletinPeriod period, String periodLabel,
		LocalDate publishedOn, String notes, String createdBy, List<FinanceLine> finances, List<PaymentLine> payments) {

	/** 收支明细 — one line of the finances. */
	public record FinanceLine(int lineNo, boolean income, String item, BigDecimal amountYuan, String remark) {
	}

	/** 补贴发放明细 — one household's payment. */
	public record PaymentLine(int lineNo, String householdHead, String idNumber, String phone, String subsidy,
			BigDecimal amountYuan, String remark) {

		/** The line as the public sees it: name partly masked, ID and phone numbers masked. */
		public PaymentLine masked() {
			return new PaymentLine(lineNo, Masks.name(householdHead), Masks.idNumber(idNumber), Masks.phone(phone),
					subsidy, amountYuan, remark);
		}
	}

	/** The bulletin with every payment line masked: the only form that leaves the staff pages. */
	public Bulletin masked() {
		return new Bulletin(id, organisationId, title, period, periodLabel, publishedOn, notes, createdBy, finances,
				payments.stream().map(PaymentLine::masked).toList());
	}

	public BigDecimal totalIncome() {
		return finances.stream().filter(FinanceLine::income).map(FinanceLine::amountYuan).reduce(BigDecimal.ZERO,
				BigDecimal::add);
	}

	public BigDecimal totalExpense() {
		return finances.stream().filter(f -> !f.income()).map(FinanceLine::amountYuan).reduce(BigDecimal.ZERO,
				BigDecimal::add);
	}

	public BigDecimal totalPayments() {
		return payments.stream().map(PaymentLine::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
