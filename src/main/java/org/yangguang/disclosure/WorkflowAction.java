package org.yangguang.disclosure;

import java.util.EnumSet;
import java.util.Set;

import org.yangguang.identity.Role;

/** What staff do to a document, and which roles may do it (always within their data scope). */
public enum WorkflowAction implements Keyed {
	/** 起草、修改草稿 */
	EDIT(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE),
	/** 提交审核 */
	SUBMIT(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE),
	/** 审核通过（保密审查、预先审核） */
	APPROVE(Role.LEADER, Role.DISCLOSURE_OFFICE),
	/** 退回修改 */
	RETURN(Role.LEADER, Role.DISCLOSURE_OFFICE),
	/** 发布 */
	PUBLISH(Role.LEADER, Role.DISCLOSURE_OFFICE),
	/** 撤回 */
	WITHDRAW(Role.LEADER, Role.DISCLOSURE_OFFICE),
	/** 废止 */
	REPEAL(Role.LEADER, Role.DISCLOSURE_OFFICE),
	/** 修订：起草新版本 */
	AMEND(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE);

	private final Set<Role> roles;

	WorkflowAction(Role... roles) {
		this.roles = EnumSet.of(roles[0], roles);
	}

	public Set<Role> roles() {
		return roles;
	}

	public Role[] rolesArray() {
		return roles.toArray(Role[]::new);
	}

	public String messageKey() {
		return "disclosure.action." + key();
	}
}
