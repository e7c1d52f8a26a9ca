package org.yangguang.organisation;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of organisation in three-level linked disclosure (县、乡镇、村三级联动). */
public enum OrganisationKind {
	/** 县（市）人民政府 */
	GOVERNMENT,
	/** 政府工作部门 */
	DEPARTMENT,
	/** 乡镇、街道 */
	TOWNSHIP,
	/** 村、社区 */
	VILLAGE,
	/** 公共企事业单位: school, hospital */
	INSTITUTION,
	/** 公用企业: water, power, gas */
	ENTERPRISE;

	/**
	 * 政府信息公开条例第二条、第十条、第五十四条: applications go to administrative agencies — governments, their
	 * departments, township governments (and organisations exercising public functions under a law, which the
	 * administrator marks by hand). A village or residents' committee is not an agency (its channel is 村务公开);
	 * schools, hospitals and water, power and gas companies disclose under their own rules (第五十五条,
	 * 公共企事业单位信息公开).
	 */
	public boolean acceptsApplicationsByDefault() {
		return this == GOVERNMENT || this == DEPARTMENT || this == TOWNSHIP;
	}

	/** The lower-case name used in JSON and URLs. */
	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static OrganisationKind fromKey(String key) {
		return valueOf(key.trim().toUpperCase(Locale.ROOT));
	}
}
