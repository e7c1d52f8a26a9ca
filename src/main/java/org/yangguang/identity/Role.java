package org.yangguang.identity;

import java.util.EnumSet;
import java.util.Set;

/** What an account may do. Staff roles are scoped to the account's organisation subtree. */
public enum Role {
	/** 系统管理员 */
	ADMIN,
	/** 政务公开办 */
	DISCLOSURE_OFFICE,
	/** 部门经办人 */
	CLERK,
	/** 分管领导 */
	LEADER,
	/** 窗口人员 */
	WINDOW,
	/** 热线话务员 */
	OPERATOR,
	/** 监督员、测评员 */
	SUPERVISOR,
	/** 审计员 */
	AUDITOR,
	/** 公众、法人 */
	CITIZEN;

	public static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(CITIZEN));

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean staff() {
		return this != CITIZEN;
	}
}
