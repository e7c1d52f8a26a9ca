package org.yangguang.annualreport.web;

import org.yangguang.annualreport.ReportSections;
import org.yangguang.annualreport.SectionsDraft;

/** The sections form: 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项, and the version edited. */
record SectionsForm(String overview, String problems, String otherMatters, int version) {

	static SectionsForm of(ReportSections sections) {
		return new SectionsForm(sections.overview(), sections.problems(), sections.otherMatters(),
				sections.version());
	}

	SectionsDraft draft() {
		return new SectionsDraft(overview, problems, otherMatters, version);
	}

	/** The form with {@code paragraph} added at the end of section {@code field} (overview or otherMatters). */
	SectionsForm inserting(String field, String paragraph) {
		return switch (field) {
			case "overview" -> new SectionsForm(append(overview, paragraph), problems, otherMatters, version);
			case "otherMatters" -> new SectionsForm(overview, problems, append(otherMatters, paragraph), version);
			default -> this;
		};
	}

	private static String append(String text, String paragraph) {
		return text == null || text.isBlank() ? paragraph : text.stripTrailing() + "\n" + paragraph;
	}
}
