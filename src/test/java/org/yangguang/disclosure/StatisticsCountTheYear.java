package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.yangguang.disclosure.internal.DocumentWorkflow;
import org.yangguang.disclosure.internal.PublicationChanges;
import org.yangguang.disclosure.internal.FeeCatalog;
import org.yangguang.disclosure.internal.PowerResults;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.Role;
import org.yangguang.organisation.NewOrganisation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

/**
 * Table 二 of the annual report, computed from the catalog of a fresh department: rules and normative documents
 * issued, repealed and in force, decisions on licences, penalties and coercion, and fees in 万元.
 */
@IntegrationTest
class StatisticsCountTheYear {

	@Autowired
	DisclosureStatistics statistics;

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	PublicationChanges changes;

	@Autowired
	PowerResults results;

	@Autowired
	FeeCatalog fees;

	@Autowired
	Organisations organisations;

	@Autowired
	AuthenticationManager authentication;

	@Autowired
	Accounts accounts;

	@Autowired
	Clock clock;

	@Test
	void theFiguresOfAYearComeFromTheRecords() {
		String suffix = Long.toString(System.nanoTime(), 36);
		Organisation org = organisations.create(new NewOrganisation("520329-S" + suffix, "统计测试局" + suffix,
				OrganisationKind.DEPARTMENT, organisations.getByCode("520329").id(), null, Organisation.Contact.NONE, 98));
		accounts.createStaff("tj" + suffix, "统计测试经办人", org.id(), Set.of(Role.CLERK), Api.DEMO_PASSWORD);
		List<Long> ids = List.of(org.id());
		LocalDate today = LocalDate.now(clock);
		long normative2019 = publish("tj" + suffix, "normative", LocalDate.of(2019, 5, 10));
		publish("tj" + suffix, "normative", LocalDate.of(2019, 11, 2));
		publish("tj" + suffix, "rule", LocalDate.of(2019, 8, 1));
		long amended2018 = publish("tj" + suffix, "normative", LocalDate.of(2018, 3, 1));
		publish("tj" + suffix, "other_document", LocalDate.of(2019, 6, 1));
		long withdrawn = publish("tj" + suffix, "normative", LocalDate.of(2019, 7, 1));
		try (SignedIn office = SignedIn.as(authentication, "office")) {
			changes.withdraw(withdrawn, "误发");
			changes.repeal(normative2019, today, "已被替代");
			for (String kind : List.of("licensing", "licensing", "penalty", "coercion")) {
				results.record(org.id(), new PowerResultInput(null, kind, "TJ-" + System.nanoTime(), "某某公司", false,
						null, "决定", LocalDate.of(2019, 9, 9)));
			}
			results.record(org.id(), new PowerResultInput(null, "licensing", "TJ-" + System.nanoTime(), "某某公司", false,
					null, "决定", LocalDate.of(2020, 1, 1)));
			var item = fees.create(org.id(), new FeeItemInput("测试收费", "依据", "标准", "执收单位", false));
			fees.recordCollection(item.id(), 2019, new BigDecimal("123456.78"));
			fees.recordCollection(item.id(), 2020, new BigDecimal("1000.00"));
		}
		// the amendment carries a 成文日期 of 2019: it is still a document made in 2018 (本年制发 counts first versions)
		try (SignedIn author = SignedIn.as(authentication, "tj" + suffix)) {
			changes.amend(amended2018, "修订");
			workflow.update(amended2018, new DocumentContent("政策文件", "统计测试文件 normative 修订", "正文（修订）", null,
					LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 1), null, "normative", null, null, null, "proactive",
					null, null, "修订"));
			workflow.submit(amended2018);
		}
		try (SignedIn office = SignedIn.as(authentication, "office")) {
			workflow.review(amended2018, ReviewDecision.of("approve", null, null, null));
			workflow.publish(amended2018);
		}
		// a 2019 normative document valid until mid-2019 is no longer in force at the end of 2019 (有效期)
		long expired = publish("tj" + suffix, "normative", LocalDate.of(2019, 2, 1));
		try (SignedIn office = SignedIn.as(authentication, "office")) {
			changes.setValidUntil(expired, LocalDate.of(2019, 6, 30));
		}
		ProactiveYearFigures y2019 = statistics.proactiveFigures(2019, ids);
		assertThat(y2019.normativeIssued()).isEqualTo(3);
		assertThat(y2019.rulesIssued()).isEqualTo(1);
		assertThat(y2019.normativeRepealed()).isZero();
		// in force at the end of 2019: the one of 2018 and two of 2019 (the repeal came later), not the withdrawn one
		// and not the one past its 有效期
		assertThat(y2019.normativeInForce()).isEqualTo(3);
		assertThat(y2019.rulesInForce()).isEqualTo(1);
		assertThat(y2019.licensingDecisions()).isEqualTo(2);
		assertThat(y2019.penaltyDecisions()).isEqualTo(1);
		assertThat(y2019.enforcementDecisions()).isEqualTo(1);
		assertThat(y2019.feesWanYuan()).isEqualByComparingTo("12.3457");

		ProactiveYearFigures thisYear = statistics.proactiveFigures(today.getYear(), ids);
		assertThat(thisYear.normativeIssued()).isZero();
		assertThat(thisYear.normativeRepealed()).isEqualTo(1);
		assertThat(thisYear.normativeInForce()).isEqualTo(2);
		assertThat(thisYear.rulesInForce()).isEqualTo(1);
		assertThat(statistics.proactiveFigures(2019, List.of()).normativeIssued()).isZero();
	}

	/** Drafted and submitted by the department's clerk, reviewed and published by the county office. */
	private long publish(String clerk, String genre, LocalDate written) {
		long id;
		try (SignedIn author = SignedIn.as(authentication, clerk)) {
			id = workflow.create(new DocumentContent("政策文件", "统计测试文件 " + genre + " " + written, "正文", null, written,
					written, null, genre, null, null, null, "proactive", null, null, null));
			workflow.submit(id);
		}
		try (SignedIn office = SignedIn.as(authentication, "office")) {
			workflow.review(id, ReviewDecision.of("approve", null, null, null));
			workflow.publish(id);
		}
		return id;
	}
}
