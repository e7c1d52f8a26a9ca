package org.yangguang.annualreport.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.yangguang.annualreport.AnnualReport;
import org.yangguang.annualreport.ReportFigures;
import org.yangguang.annualreport.ReportSections;
import org.yangguang.disclosure.ProactiveYearFigures;
import org.yangguang.inforequest.RequestYearFigures;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;

/** The report's templates and message bundles without a running application, to render documents in unit tests. */
final class RenderingFixture {

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
	final SpringTemplateEngine templates = new SpringTemplateEngine();
	final ReportDocuments documents;
	final ReportWorkbook workbook;

	RenderingFixture() {
		messages.setBasenames("messages/annualreport");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		templates.setTemplateResolver(resolver);
		templates.setTemplateEngineMessageSource(messages);
		documents = new ReportDocuments(templates, messages);
		workbook = new ReportWorkbook(messages);
	}

	static AnnualReport report(RequestYearFigures requests, ProactiveYearFigures proactive) {
		Organisation bureau = new Organisation(7, "520329-JYJ", "余庆县教育局", OrganisationKind.DEPARTMENT, 1L, "/1/7/",
				null, Organisation.Contact.NONE, 0, null, null);
		ReportFigures figures = ReportAssembly.assemble(proactive, requests);
		ReportSections sections = new ReportSections(
				"2025年，余庆县教育局认真贯彻落实《中华人民共和国政府信息公开条例》。\n全年主动公开政府信息 326 条。",
				"一是政策解读形式较为单一。\n二是部分栏目更新不够及时。", "本年度共收取信息处理费200.00元。", 3,
				Instant.parse("2026-01-10T02:00:00Z"), "office");
		return new AnnualReport(bureau, requests.year(), figures, ConsistencyChecks.of(figures), sections,
				LocalDate.of(requests.year() + 1, 1, 31), null);
	}

	static ProactiveYearFigures proactive() {
		return new ProactiveYearFigures(0, 0, 2, 14, 3, 57, 1260, 87, 9, new BigDecimal("152.3650"));
	}

	static List<String> leafLabels() {
		return List.of("属于国家秘密", "其他法律行政法规禁止公开", "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息",
				"属于行政执法案卷", "属于行政查询事项", "本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确",
				"信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息");
	}
}
