package org.yangguang.inforequest.internal;

import java.math.BigDecimal;

/**
 * 信息处理费 — the fee arithmetic of the 政府信息公开信息处理费管理办法, charged only for clearly excessive volume or
 * frequency, one method per application. Amounts in whole yuan.
 * <ul>
 * <li>按件计收, per applicant per calendar month: the 1st–10th application free; the 11th–30th 100 yuan each; from
 * the 31st the fee per application rises by 100 yuan for each further block of 10 (31st–40th 200, 41st–50th 300…).
 * <li>按量计收, progressive by pages: pages 1–30 free; the part from 31 to 100 at 10 yuan a page; from 101 to 200 at
 * 20; from 201 at 40.
 * </ul>
 */
public final class ProcessingFee {

	static final int FREE_APPLICATIONS = 10;
	static final int FLAT_RATE_UNTIL = 30;
	static final int BLOCK = 10;
	static final int STEP_YUAN = 100;

	private ProcessingFee() {
	}

	/** The fee for the applicant's {@code nth} application of the calendar month (1-based). */
	public static BigDecimal perApplication(int nth) {
		if (nth < 1) {
			throw new IllegalArgumentException("the first application of a month is number 1, not " + nth);
		}
		if (nth <= FREE_APPLICATIONS) {
			return BigDecimal.ZERO;
		}
		if (nth <= FLAT_RATE_UNTIL) {
			return BigDecimal.valueOf(STEP_YUAN);
		}
		int blocksAbove = (nth - FLAT_RATE_UNTIL - 1) / BLOCK + 1;
		return BigDecimal.valueOf((long) STEP_YUAN * (1 + blocksAbove));
	}

	/** The fee for providing {@code pages} pages, each part of the count at its own rate. */
	public static BigDecimal perPage(int pages) {
		if (pages < 0) {
			throw new IllegalArgumentException("pages must not be negative: " + pages);
		}
		long fee = 10L * part(pages, 30, 100) + 20L * part(pages, 100, 200) + 40L * part(pages, 200, Integer.MAX_VALUE);
		return BigDecimal.valueOf(fee);
	}

	/** How many of pages 1..{@code pages} lie in (from, to]. */
	private static long part(int pages, int from, int to) {
		return Math.max(0, (long) Math.min(pages, to) - from);
	}
}
