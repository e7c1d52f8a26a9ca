package org.yangguang.appeals;

import java.util.Map;

/**
 * 回复率、办结率、满意率 of a department (or all) for tickets received in a period. The rates are ratios between 0 and 1
 * (0 when nothing was counted); {@code formulas} says each in words (shown on the page); {@code thresholds} are the
 * configurable targets below which the dashboard flags a rate.
 */
public record AppealStatistics(long received, long replied, long completed, long satisfied, long rated,
		double replyRate, double completionRate, double satisfactionRate, Map<String, String> formulas,
		Map<String, Double> thresholds) {
}
