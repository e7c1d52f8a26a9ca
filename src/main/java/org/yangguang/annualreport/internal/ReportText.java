package org.yangguang.annualreport.internal;

import java.util.Arrays;
import java.util.List;

import org.yangguang.annualreport.ReportSections;

/** The written sections as paragraphs (one per non-empty line), for pages, the PDF and the spreadsheet. */
public record ReportText(List<String> overview, List<String> problems, List<String> otherMatters) {

	public static ReportText of(ReportSections sections) {
		return new ReportText(paragraphs(sections.overview()), paragraphs(sections.problems()),
				paragraphs(sections.otherMatters()));
	}

	static List<String> paragraphs(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
