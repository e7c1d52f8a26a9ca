package org.yangguang.inforequest;

import com.fasterxml.jackson.annotation.JsonValue;

/** 办理状态 of an information request. The transitions between them are listed in one place: {@code RequestAction}. */
public enum RequestStatus {
	/** 已登记 — received and registered; addressed to a government, it waits for the office to assign it. */
	REGISTERED,
	/** 办理中 — with the department that holds the information; the reply clock runs. */
	IN_PROGRESS,
	/** 待补正 — a correction notice was sent; the reply clock restarts when the correction is received. */
	AWAITING_CORRECTION,
	/** 征求第三方意见 — the reply clock is paused while the third party has its working days to answer. */
	CONSULTING_THIRD_PARTY,
	/** 待缴费 — a fee notice was sent; the reply clock is paused (configurable) until payment. */
	AWAITING_FEE,
	/** 已答复 — a reply with one outcome was issued. */
	REPLIED,
	/** 已终止 — closed without a reply on the merits: no correction or no payment by the due date. */
	CLOSED,
	/** 已撤回 — the applicant withdrew the application. */
	WITHDRAWN;

	/** True until the request is replied, closed or withdrawn. */
	public boolean open() {
		return this != REPLIED && this != CLOSED && this != WITHDRAWN;
	}

	@JsonValue
	public String key() {
		return KeyedEnums.key(this);
	}

	/** The status with this key; null for none, blank or unknown. */
	public static RequestStatus fromKey(String key) {
		return KeyedEnums.find(RequestStatus.class, key, RequestStatus::key);
	}
}
