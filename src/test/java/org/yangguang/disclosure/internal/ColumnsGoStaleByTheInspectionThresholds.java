package org.yangguang.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.ColumnFreshness;
import org.yangguang.disclosure.ColumnUpdate;
import org.yangguang.disclosure.FreshnessSummary;
import org.yangguang.disclosure.ColumnStanding;

/**
 * 政府网站检查指标: news columns must be updated within 2 weeks, notice and policy columns within 6 months, and
 * no column may be empty; 5 stale or 5 empty columns put the organisation at risk of a single-item veto.
 */
class ColumnsGoStaleByTheInspectionThresholds {

	static final Organisation ORG = new Organisation(1, "520329", "余庆县人民政府", OrganisationKind.GOVERNMENT, null,
			"/1/", null, Organisation.Contact.NONE, 0, null, null);
	static final LocalDate TODAY = LocalDate.parse("2026-06-30");

	@Test
	void aNewsColumnIsStaleAfterTwoWeeks() {
		assertThat(judge(ColumnFreshness.NEWS, "2026-06-16").standing()).isEqualTo(ColumnStanding.FRESH);
		assertThat(judge(ColumnFreshness.NEWS, "2026-06-15").standing()).isEqualTo(ColumnStanding.STALE);
		assertThat(judge(ColumnFreshness.NEWS, "2026-06-16").freshUntil()).isEqualTo("2026-06-30");
	}

	@Test
	void aPolicyColumnIsStaleAfterSixMonths() {
		assertThat(judge(ColumnFreshness.REGULAR, "2025-12-30").standing()).isEqualTo(ColumnStanding.FRESH);
		assertThat(judge(ColumnFreshness.REGULAR, "2025-12-29").standing()).isEqualTo(ColumnStanding.STALE);
	}

	@Test
	void aStaticColumnOnlyMustNotBeEmpty() {
		assertThat(judge(ColumnFreshness.STATIC, "2019-01-01").standing()).isEqualTo(ColumnStanding.STATIC);
		assertThat(judge(ColumnFreshness.STATIC, null).standing()).isEqualTo(ColumnStanding.EMPTY);
		assertThat(judge(ColumnFreshness.NEWS, null).standing()).isEqualTo(ColumnStanding.EMPTY);
	}

	@Test
	void fiveStaleOrFiveEmptyColumnsRiskAVeto() {
		assertThat(new FreshnessSummary(ORG, 20, 5, 0).vetoRisk()).isTrue();
		assertThat(new FreshnessSummary(ORG, 20, 0, 5).vetoRisk()).isTrue();
		assertThat(new FreshnessSummary(ORG, 20, 4, 4).vetoRisk()).isFalse();
	}

	@Test
	void everyOrganisationKindGetsItsStandardColumns() {
		assertThat(StandardColumns.forKind(OrganisationKind.VILLAGE)).extracting(StandardColumns.Definition::code)
			.containsExactly(StandardColumns.ORGANISATION, StandardColumns.VILLAGE, StandardColumns.NOTICES);
		List<String> government = StandardColumns.forKind(OrganisationKind.GOVERNMENT).stream()
			.map(StandardColumns.Definition::name).toList();
		assertThat(government).contains("机构职能", "政策文件", "政策解读", "规划计划", "财政预决算", "政府采购", "重大项目", "人事信息",
				"行政许可", "行政处罚", "收费目录", "审计结果", "权力清单", "年度报告", "新闻动态", "通知公告");
		assertThat(StandardColumns.TREE).filteredOn(d -> d.code().equals(StandardColumns.NEWS_COLUMN))
			.extracting(StandardColumns.Definition::freshness).containsExactly(ColumnFreshness.NEWS);
	}

	private static ColumnUpdate judge(ColumnFreshness freshness, String last) {
		CatalogColumn column = new CatalogColumn(1, 1, null, null, "栏目", freshness, null, 0, null);
		return FreshnessReport.judge(ORG, column, last == null ? null : LocalDate.parse(last), 1, TODAY);
	}
}
