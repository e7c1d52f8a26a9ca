package org.yangguang.annualreport;

import java.util.List;

/**
 * Table 四 — 政府信息公开行政复议、行政诉讼情况: 行政复议, 行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）, each
 * with 结果维持, 结果纠正, 其他结果, 尚未审结 and 总计 — 15 numbers.
 */
public record AppealTable(AppealBlock reconsideration, AppealBlock litigationDirect,
		AppealBlock litigationAfterReconsideration) {

	/** The block keys in the order of the national format. */
	public static final List<String> BLOCKS = List.of("reconsideration", "litigationDirect",
			"litigationAfterReconsideration");

	public List<AppealBlock> blocks() {
		return List.of(reconsideration, litigationDirect, litigationAfterReconsideration);
	}

	/**
	 * One block; {@code total} is kept as given so that the checks can verify it against the four results.
	 */
	public record AppealBlock(long maintained, long corrected, long other, long pending, long total) {

		public static final AppealBlock NONE = new AppealBlock(0, 0, 0, 0, 0);

		public static AppealBlock of(long maintained, long corrected, long other, long pending) {
			return new AppealBlock(maintained, corrected, other, pending, maintained + corrected + other + pending);
		}

		/** Both blocks' cases together (table 四 counts cases about applications and about proactive disclosure). */
		public AppealBlock plus(AppealBlock other) {
			return of(maintained + other.maintained, corrected + other.corrected, this.other + other.other,
					pending + other.pending);
		}

		public long sumOfResults() {
			return maintained + corrected + other + pending;
		}

		/** The five values in column order. */
		public List<Long> values() {
			return List.of(maintained, corrected, other, pending, total);
		}
	}
}
