package org.yangguang.inforequest;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 申请人类型 — the applicant columns of table 三 of the annual report (national format of 2021). */
public enum ApplicantType {
	/** 自然人 */
	NATURAL_PERSON("naturalPerson"),
	/** 法人或其他组织 — 商业企业 */
	COMMERCIAL("commercial"),
	/** 科研机构 */
	RESEARCH("research"),
	/** 社会公益组织 */
	PUBLIC_INTEREST("publicInterest"),
	/** 法律服务机构 */
	LEGAL_SERVICE("legalService"),
	/** 其他 */
	OTHER_ORG("otherOrg");

	private final String column;

	ApplicantType(String column) {
		this.column = column;
	}

	/** The API value: {@code natural_person}, {@code commercial}, … {@code other_org}. */
	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The column key in the annual report JSON: {@code naturalPerson}, … {@code otherOrg}. */
	public String column() {
		return column;
	}

	@JsonCreator
	public static ApplicantType fromKey(String key) {
		return valueOf(key.trim().toUpperCase(Locale.ROOT));
	}
}
