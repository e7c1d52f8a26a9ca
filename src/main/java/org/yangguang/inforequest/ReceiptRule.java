package org.yangguang.inforequest;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 收到申请之日的确定规则 (政府信息公开条例第三十一条): which event fixed an application's date of receipt, shown with
 * the date on the case page and in the request JSON ({@code receiptRule}).
 * <ul>
 * <li>当面提交 — the day it is handed in; 口头申请 — the day it is made (staff fill in the form);
 * <li>挂号信、快递 — the day the agency signs for it;
 * <li>平常信函、传真、电子邮件 — the day the disclosure office confirms receipt with the applicant;
 * <li>网上申请 (数据电文) — the day the system confirms the submission, which it does automatically on submission.
 * </ul>
 */
public enum ReceiptRule {
	/** 当面提交之日 */
	HANDED_IN,
	/** 口头提出之日 */
	MADE_ORALLY,
	/** 签收之日 */
	SIGNED_FOR,
	/** 与申请人确认之日 (公开办确认) */
	CONFIRMED_BY_OFFICE,
	/** 系统自动确认之日 */
	CONFIRMED_BY_SYSTEM;

	/** 第三十一条: the rule that fixes the date of receipt for an application that came by {@code channel}. */
	public static ReceiptRule of(Channel channel) {
		return switch (channel) {
			case IN_PERSON -> HANDED_IN;
			case ORAL -> MADE_ORALLY;
			case REGISTERED_POST -> SIGNED_FOR;
			case POST, FAX, EMAIL -> CONFIRMED_BY_OFFICE;
			case ONLINE -> CONFIRMED_BY_SYSTEM;
		};
	}

	@JsonValue
	public String key() {
		return KeyedEnums.key(this);
	}
}
