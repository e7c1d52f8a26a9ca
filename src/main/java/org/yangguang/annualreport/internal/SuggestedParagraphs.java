package org.yangguang.annualreport.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yangguang.annualreport.AnnualReport;
import org.yangguang.annualreport.ProactiveTable;
import org.yangguang.annualreport.ReportFigures;
import org.yangguang.annualreport.RequestTable;

/**
 * Paragraphs offered to the office from the figures: for 一、总体情况 the applications received, decided and carried
 * over with the share granted in whole or in part, the normative documents and decisions published, the appeals; for
 * 六、其他需要报告的事项 the processing fees collected (信息处理费).
 */
@Component
public class SuggestedParagraphs {

	private final MessageSource messages;

	SuggestedParagraphs(MessageSource messages) {
		this.messages = messages;
	}

	public String overview(AnnualReport report, Locale locale) {
		ReportFigures f = report.figures();
		RequestTable t3 = f.table3();
		ProactiveTable t2 = f.table2();
		long decided = t3.total().total();
		long granted = t3.outcome(org.yangguang.inforequest.Outcome.GRANTED).total();
		long partial = t3.outcome(org.yangguang.inforequest.Outcome.PARTIAL).total();
		String requests = decided == 0
				? messages.getMessage("annualreport.suggest.requestsNoneDecided",
						new Object[] { report.year(), report.organisation().name(), t3.received().total(),
								t3.carriedIn().total(), t3.carriedOut().total() }, locale)
				: messages.getMessage("annualreport.suggest.requests",
						new Object[] { report.year(), report.organisation().name(), t3.received().total(),
								t3.carriedIn().total(), decided, granted, partial, share(granted + partial, decided),
								t3.carriedOut().total() }, locale);
		String proactive = messages.getMessage("annualreport.suggest.proactive",
				new Object[] { t2.normativeIssued(), t2.normativeRepealed(), t2.normativeInForce(),
						t2.licensingDecisions(), t2.penaltyDecisions(), t2.enforcementDecisions() }, locale);
		String appeals = messages.getMessage("annualreport.suggest.appeals",
				new Object[] { f.table4().reconsideration().total(),
						f.table4().litigationDirect().total() + f.table4().litigationAfterReconsideration().total() },
				locale);
		return requests + proactive + appeals;
	}

	public String otherMatters(AnnualReport report, Locale locale) {
		BigDecimal fees = report.figures().feesCollectedYuan();
		return fees.signum() == 0 ? messages.getMessage("annualreport.suggest.noFees", null, locale)
				: messages.getMessage("annualreport.suggest.fees",
						new Object[] { fees.setScale(2, RoundingMode.HALF_UP).toPlainString() }, locale);
	}

	/** The share in percent with one decimal, e.g. {@code 83.5%}. */
	static String share(long part, long whole) {
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
			.toPlainString() + "%";
	}
}
