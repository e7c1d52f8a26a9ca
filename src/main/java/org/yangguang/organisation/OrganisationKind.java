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
