package org.yangguang.annualreport;

/**
 * One displayed row of table 三.
 *
 * @param key          the row key: {@code received}, an outcome key, {@code total} or {@code carriedOut}
 * @param kind         how the row header spans the three label columns of the national format
 * @param group        on the first leaf of a group （三）…（六）: the group's key, whose label spans the group's leaves;
 *                     otherwise null
 * @param span         on that first leaf: the number of leaves the group label spans
 * @param opensResults true for the first row under 三、本年度办理结果, which carries that header
 */
public record RequestTableRow(String key, Kind kind, String group, int span, boolean opensResults,
		ApplicantCounts counts) {

	public enum Kind {
		/** 一、二、四: the header spans the three label columns */
		ITEM,
		/** （一）（二）（七）: the header spans the last two label columns */
		SINGLE,
		/** 1. 2. …: a numbered leaf row of a group （三）…（六）; the group's first leaf carries the group label */
		LEAF
	}

	/** The message key of the row's label. */
	public String labelKey() {
		return "annualreport.t3." + key;
	}

	/** The message key of the group label the row carries (first leaf of a group), or null. */
	public String groupLabelKey() {
		return group == null ? null : "annualreport.t3." + group;
	}
}
