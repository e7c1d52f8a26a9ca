package org.yangguang.annualreport;

import java.math.BigDecimal;

/**
 * Table 二 — 主动公开政府信息情况, the blocks of Article 20 of the Regulation.
 *
 * @param rulesIssued          第二十条第（一）项 规章 — 本年制发件数
 * @param rulesRepealed        规章 — 本年废止件数
 * @param rulesInForce         规章 — 现行有效件数
 * @param normativeIssued      行政规范性文件 — 本年制发件数
 * @param normativeRepealed    行政规范性文件 — 本年废止件数
 * @param normativeInForce     行政规范性文件 — 现行有效件数
 * @param licensingDecisions   第二十条第（五）项 行政许可 — 本年处理决定数量
 * @param penaltyDecisions     第二十条第（六）项 行政处罚 — 本年处理决定数量
 * @param enforcementDecisions 行政强制 — 本年处理决定数量
 * @param feesWanYuan          第二十条第（八）项 行政事业性收费 — 本年收费金额（万元）, four decimals
 */
public record ProactiveTable(long rulesIssued, long rulesRepealed, long rulesInForce, long normativeIssued,
		long normativeRepealed, long normativeInForce, long licensingDecisions, long penaltyDecisions,
		long enforcementDecisions, BigDecimal feesWanYuan) {

	public static final ProactiveTable EMPTY = new ProactiveTable(0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);

	public ProactiveTable {
		feesWanYuan = (feesWanYuan == null ? BigDecimal.ZERO : feesWanYuan).setScale(4,
				java.math.RoundingMode.HALF_UP);
	}
}
