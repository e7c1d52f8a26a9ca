package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.yangguang.disclosure.internal.TestFiles;
import org.yangguang.organisation.NewOrganisation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.storage.AttachmentStore;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * {@link DisclosurePublishing#publishAnnualReport}: the report is published in the column 年度报告 with its PDF,
 * reviewed by the office or leader who publishes it; a second report for the same year is a new version.
 */
@IntegrationTest
class AnnualReportIsPublishedAsADocument {

	@Autowired
	DisclosurePublishing publishing;

	@Autowired
	AuthenticationManager authentication;

	@Autowired
	Organisations organisations;

	@Autowired
	TestRestTemplate rest;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	@Test
	void theOfficePublishesAndRepublishesTheReportOfAYear() {
		Organisation org = newDepartment();
		byte[] pdf = TestFiles.pdf("Annual report 2025");
		long id;
		try (SignedIn office = SignedIn.as(authentication, "office")) {
			id = publishing.publishAnnualReport(org.id(), 2025, org.name() + "2025年政府信息公开工作年度报告",
					"<h2>一、总体情况</h2><p>本年度主动公开政府信息 120 条。</p>", pdf);
		}
		JsonNode doc = Api.read(api.get("/api/v1/documents/" + id, null));
		assertThat(doc.get("column").asString()).isEqualTo("年度报告");
		assertThat(doc.get("genre").asString()).isEqualTo("annual_report");
		assertThat(doc.get("version").asInt()).isEqualTo(1);
		assertThat(doc.get("attachments").get(0).get("sha256").asString()).isEqualTo(AttachmentStore.sha256(pdf));
		assertThat(doc.get("body").asString()).contains("一、总体情况");
		assertThat(rest.getForObject("/disclosure/annual-reports", String.class)).contains(org.name() + "2025年");

		long again;
		try (SignedIn office = SignedIn.as(authentication, "office")) {
			again = publishing.publishAnnualReport(org.id(), 2025, org.name() + "2025年政府信息公开工作年度报告（更正）",
					"<p>更正后的报告。</p>", TestFiles.pdf("Annual report 2025 corrected"));
		}
		assertThat(again).isEqualTo(id);
		JsonNode corrected = Api.read(api.get("/api/v1/documents/" + id, null));
		assertThat(corrected.get("version").asInt()).isEqualTo(2);
		assertThat(corrected.get("versions").get(0).get("validity").asString()).isEqualTo("amended");
		assertThat(corrected.get("indexNo").asString()).isEqualTo(doc.get("indexNo").asString());
	}

	@Test
	void aClerkOrAnotherDepartmentsLeaderMayNotPublishIt() {
		long civil = organisations.getByCode("520329-MZJ").id();
		try (SignedIn clerk = SignedIn.as(authentication, "clerk")) {
			long education = organisations.getByCode("520329-JYJ").id();
			assertThatThrownBy(() -> publishing.publishAnnualReport(education, 2025, "报告", "<p>x</p>",
					TestFiles.pdf("x"))).isInstanceOf(AccessDeniedException.class);
		}
		try (SignedIn leader = SignedIn.as(authentication, "leader")) {
			assertThatThrownBy(() -> publishing.publishAnnualReport(civil, 2025, "报告", "<p>x</p>", TestFiles.pdf("x")))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	private Organisation newDepartment() {
		String code = "520329-T" + Long.toString(System.nanoTime(), 36).toUpperCase();
		long county = organisations.getByCode("520329").id();
		return organisations.create(new NewOrganisation(code, "测试局" + code.substring(8), OrganisationKind.DEPARTMENT,
				county, null, Organisation.Contact.NONE, 99));
	}
}
