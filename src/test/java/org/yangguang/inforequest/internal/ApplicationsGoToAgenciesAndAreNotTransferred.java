package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;

/**
 * 条例第二条、第十条、第五十五条 ({@link AddresseeRule}) and 第三十六条 ({@link NoTransferRule}) on a small tree:
 * county government /1/, its education bureau /1/2/, civil affairs bureau /1/3/, a township /1/4/ and its village
 * /1/4/5/, and a school /1/6/.
 */
class ApplicationsGoToAgenciesAndAreNotTransferred {

	static Organisation org(long id, String name, OrganisationKind kind, String path) {
		return new Organisation(id, "C" + id, name, kind, null, path, null, Organisation.Contact.NONE, 0, null, null);
	}

	static final Organisation COUNTY = org(1, "余庆县人民政府", OrganisationKind.GOVERNMENT, "/1/");
	static final Organisation EDUCATION = org(2, "余庆县教育局", OrganisationKind.DEPARTMENT, "/1/2/");
	static final Organisation CIVIL_AFFAIRS = org(3, "余庆县民政局", OrganisationKind.DEPARTMENT, "/1/3/");
	static final Organisation TOWNSHIP = org(4, "白泥镇人民政府", OrganisationKind.TOWNSHIP, "/1/4/");
	static final Organisation VILLAGE = org(5, "满溪村民委员会", OrganisationKind.VILLAGE, "/1/4/5/");
	static final Organisation SCHOOL = org(6, "余庆中学", OrganisationKind.INSTITUTION, "/1/6/");

	@Test
	void governmentsDepartmentsAndTownshipsAcceptApplicationsArt2And10() {
		assertThat(AddresseeRule.check(COUNTY).allowed()).isTrue();
		assertThat(AddresseeRule.check(EDUCATION).allowed()).isTrue();
		assertThat(AddresseeRule.check(TOWNSHIP).allowed()).isTrue();
	}

	@Test
	void aVillageCommitteeIsPointedToItsVillageAffairsColumn() {
		assertThat(AddresseeRule.check(VILLAGE)).isEqualTo(Decision.reject("agency",
				"inforequest.error.addressee.village", "满溪村民委员会", "/disclosure/org/C5/village-affairs"));
	}

	@Test
	void aSchoolDisclosesUnderItsOwnRulesArt55() {
		assertThat(AddresseeRule.check(SCHOOL)).isEqualTo(Decision.reject("agency",
				"inforequest.error.addressee.publicInstitution", "余庆中学", "/disclosure/org/C6"));
	}

	@Test
	void anInstitutionExercisingPublicFunctionsMayBeMarkedToAcceptApplications() {
		Organisation fund = new Organisation(7, "C7", "住房公积金管理中心", OrganisationKind.INSTITUTION, 1L, "/1/7/", null,
				Organisation.Contact.NONE, 0, null, null, true);
		assertThat(AddresseeRule.check(fund).allowed()).isTrue();
		Organisation closedDepartment = new Organisation(8, "C8", "某议事协调机构", OrganisationKind.DEPARTMENT, 1L,
				"/1/8/", null, Organisation.Contact.NONE, 0, null, null, false);
		assertThat(AddresseeRule.check(closedDepartment).messageKeyOrNull())
			.isEqualTo("inforequest.error.addressee.notAnAgency");
	}

	@Test
	void theGovernmentGivesTheWorkToItsOwnDepartmentArt36() {
		assertThat(NoTransferRule.check(COUNTY, EDUCATION).allowed()).isTrue();
		assertThat(NoTransferRule.check(COUNTY, COUNTY).allowed()).isTrue();
		assertThat(NoTransferRule.check(EDUCATION, EDUCATION).allowed()).isTrue();
	}

	@Test
	void aDepartmentDoesNotTransferAnApplicationToAnotherAgencyArt36() {
		assertThat(NoTransferRule.check(EDUCATION, CIVIL_AFFAIRS)).isEqualTo(Decision.reject("agency",
				"inforequest.error.noTransfer", "余庆县教育局", "余庆县民政局"));
		assertThat(NoTransferRule.check(TOWNSHIP, COUNTY).allowed()).isFalse();
	}
}
