package org.yangguang.disclosure;

/** The legal grounds on which information is not disclosed (条例 第十四、十五、十六条). */
public enum WithholdingGround implements Keyed {
	/** 属于国家秘密 */
	STATE_SECRET,
	/** 法律、行政法规禁止公开 */
	FORBIDDEN_BY_LAW,
	/** 危及国家安全、公共安全、经济安全、社会稳定（三安全一稳定） */
	SECURITY_AND_STABILITY,
	/** 涉及商业秘密、个人隐私，公开会损害第三方合法权益 */
	THIRD_PARTY_RIGHTS,
	/** 内部事务信息（人事管理、后勤管理、内部工作流程） */
	INTERNAL_AFFAIRS,
	/** 过程性信息（讨论记录、过程稿、磋商信函、请示报告） */
	PROCESS_INFORMATION,
	/** 行政执法案卷信息 */
	ENFORCEMENT_FILES;

	public String messageKey() {
		return "disclosure.ground." + key();
	}
}
