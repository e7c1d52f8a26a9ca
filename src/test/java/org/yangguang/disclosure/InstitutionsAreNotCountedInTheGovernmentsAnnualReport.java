package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.yangguang.disclosure.internal.DocumentWorkflow;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.Role;
import org.yangguang.organisation.NewOrganisation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

/**
 * 第五十五条: a school under a department discloses under its own rules (公共企事业单位信息公开): its documents are not
 * counted in table 二 of the department's annual report; the department's own are.
 */
@IntegrationTest
class InstitutionsAreNotCountedInTheGovernmentsAnnualReport {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	AuthenticationManager authentication;

	@Autowired
	Clock clock;

	@Test
	void aSchoolsNormativeDocumentIsNotInItsDepartmentsTableTwo() {
		String suffix = Long.toString(System.nanoTime(), 36);
		Organisation department = organisations.create(new NewOrganisation("520329-K" + suffix, "报表测试局" + suffix,
				OrganisationKind.DEPARTMENT, organisations.getByCode("520329").id(), null, Organisation.Contact.NONE, 96));
		Organisation school = organisations.create(new NewOrganisation("520329-K" + suffix + "-X", "报表测试学校" + suffix,
				OrganisationKind.INSTITUTION, department.id(), null, Organisation.Contact.NONE, 1));
		accounts.createStaff("kd" + suffix, "局经办人", department.id(), Set.of(Role.CLERK), Api.DEMO_PASSWORD);
		accounts.createStaff("ks" + suffix, "学校经办人", school.id(), Set.of(Role.CLERK), Api.DEMO_PASSWORD);
		LocalDate today = LocalDate.now(clock);
		publish("kd" + suffix, "政策文件", today);
		publish("ks" + suffix, "通知公告", today);

		var report = Api.read(new Api(rest).get("/api/v1/reports/annual?year=" + today.getYear() + "&org="
				+ department.code(), "office"));
		assertThat(report.get("table2").get("normativeDocuments").get("issued").asLong())
			.as("the department's document only").isEqualTo(1);
	}

	private void publish(String clerk, String column, LocalDate written) {
		long id;
		try (SignedIn author = SignedIn.as(authentication, clerk)) {
			id = workflow.create(new DocumentContent(column, "报表测试文件 " + clerk, "正文", null, written, written, null,
					"normative", null, null, null, "proactive", null, null, null));
			workflow.submit(id);
		}
		try (SignedIn office = SignedIn.as(authentication, "office")) {
			workflow.review(id, ReviewDecision.of("approve", null, null, null));
			workflow.publish(id);
		}
	}
}
