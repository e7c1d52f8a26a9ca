package org.yangguang.annualreport;

/**
 * One displayed row of table 三.
 *
 * @param key          the row key: {@code received}, an outcome key, a group key such as {@code withheld} (its
 *                     subtotal row), {@code total} or {@code carriedOut}
 * @param kind         how the row header spans the three label columns of the national format
 * @param span         for a group: its subtotal row and leaf rows, which its header spans
 * @param opensResults true for the first row under 三、本年度办理结果, which carries that header
 */
public record RequestTableRow(String key, Kind kind, int span, boolean opensResults, ApplicantCounts counts) {

	public enum Kind {
		/** 一、二、四: the header spans the three label columns */
		ITEM,
		/** （一）（二）（七）: the header spans the last two label columns */
		SINGLE,
		/** （三）…（六）: the group header spans its rows, followed by the subtotal label */
		GROUP,
		/** 1. 2. …: a numbered leaf row */
		LEAF
	}

	/** The message key of the row's label. */
	public String labelKey() {
		return "annualreport.t3." + key;
	}
}
