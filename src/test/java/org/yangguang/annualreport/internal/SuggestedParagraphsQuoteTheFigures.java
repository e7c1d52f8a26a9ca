package org.yangguang.annualreport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.yangguang.annualreport.AnnualReport;
import org.yangguang.annualreport.HandBuiltFigures;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Outcome;

/**
 * The paragraph offered for 一、总体情况 quotes the applications received, carried in, decided and carried out and the
 * share granted in whole or in part; the one for 六 quotes the processing fees, or says none were collected.
 */
class SuggestedParagraphsQuoteTheFigures {

	final RenderingFixture fixture = new RenderingFixture();
	final SuggestedParagraphs suggestions = new SuggestedParagraphs(fixture.messages);

	final AnnualReport report = RenderingFixture.report(new HandBuiltFigures()
		.received(ApplicantType.NATURAL_PERSON, 10).carriedIn(ApplicantType.COMMERCIAL, 1)
		.decided(Outcome.GRANTED, ApplicantType.NATURAL_PERSON, 6).decided(Outcome.PARTIAL, ApplicantType.COMMERCIAL, 1)
		.decided(Outcome.PARTIAL, ApplicantType.NATURAL_PERSON, 1).decided(Outcome.UNABLE_NOT_HELD,
				ApplicantType.NATURAL_PERSON, 1)
		.carriedOut(ApplicantType.NATURAL_PERSON, 2).fees("1250.5").build(2025), RenderingFixture.proactive());

	@Test
	void theOverviewQuotesTheApplicationsAndTheShareGrantedInWholeOrInPart() {
		assertThat(suggestions.overview(report, RenderingFixture.ZH)).isEqualTo(
				"2025年，余庆县教育局共新收政府信息公开申请10件，上年结转1件；本年度办结9件，其中予以公开6件、部分公开2件，"
						+ "全部或部分公开的占88.9%；结转下年度继续办理2件。本年制发行政规范性文件14件、废止3件，现行有效57件；"
						+ "主动公开行政许可决定1260件、行政处罚决定87件、行政强制决定9件。因政府信息公开被申请行政复议0件、被提起行政诉讼0件。");
		assertThat(suggestions.overview(report, Locale.ENGLISH)).contains("88.9% disclosed in whole or in part",
				"carried over to next year. 14 normative documents", "were published. There were 0 applications");
	}

	@Test
	void otherMattersQuoteTheProcessingFeesOrTheirAbsence() {
		assertThat(suggestions.otherMatters(report, RenderingFixture.ZH)).isEqualTo("本年度共收取信息处理费1250.50元。");
		AnnualReport free = RenderingFixture.report(new HandBuiltFigures().build(2025), RenderingFixture.proactive());
		assertThat(suggestions.otherMatters(free, RenderingFixture.ZH)).isEqualTo("本年度未收取信息处理费。");
		assertThat(suggestions.overview(free, RenderingFixture.ZH)).startsWith(
				"2025年，余庆县教育局共新收政府信息公开申请0件，上年结转0件，本年度未办结申请，结转下年度继续办理0件。");
	}
}
