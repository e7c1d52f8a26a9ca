package org.yangguang.inforequest;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The counts behind tables 三 and 四 of the annual report for one year and a set of organisations, computed
 * from the request records (imported history included).
 *
 * @param year      the report year
 * @param received  一、本年新收: applications received in the year, by applicant type
 * @param carriedIn 二、上年结转: received before the year and undecided at its start
 * @param outcomes  三、办理结果: applications decided in the year, by outcome row and applicant type
 * @param carriedOut 四、结转下年度: received up to the year's end and undecided at its end
 * @param reconsideration 行政复议 results of cases concerning these organisations' requests, decided or pending
 * @param litigationDirect 行政诉讼 未经复议直接起诉
 * @param litigationAfterReconsideration 行政诉讼 复议后起诉
 * @param feesCollectedYuan 信息处理费 collected in the year, in yuan (section 六)
 */
public record RequestYearFigures(int year, Map<ApplicantType, Long> received, Map<ApplicantType, Long> carriedIn,
		Map<Outcome, Map<ApplicantType, Long>> outcomes, Map<ApplicantType, Long> carriedOut,
		AppealCounts reconsideration, AppealCounts litigationDirect, AppealCounts litigationAfterReconsideration,
		BigDecimal feesCollectedYuan) {

	/** One block of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结 (总计 is their sum). */
	public record AppealCounts(long maintained, long corrected, long other, long pending) {

		public static final AppealCounts NONE = new AppealCounts(0, 0, 0, 0);

		public long total() {
			return maintained + corrected + other + pending;
		}
	}
}
