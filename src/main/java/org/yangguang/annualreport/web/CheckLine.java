package org.yangguang.annualreport.web;

import java.util.List;

import org.yangguang.annualreport.ReportCheck;

/** A failed check as a sentence: the rule's message with the label of its column, row or block. */
record CheckLine(String name, String messageKey, String subjectKey, long expected, long actual) {

	static List<CheckLine> failed(List<ReportCheck> checks) {
		return checks.stream().filter(c -> !c.passed()).map(CheckLine::of).toList();
	}

	static CheckLine of(ReportCheck c) {
		String subjectKey = switch (c.rule()) {
			case "balance", "total" -> "annualreport.t3.col." + c.subject();
			case "rowTotal" -> "annualreport.t3." + c.subject();
			default -> "annualreport.block." + c.subject();
		};
		return new CheckLine(c.name(), "annualreport.check." + c.rule(), subjectKey, c.expected(), c.actual());
	}
}
