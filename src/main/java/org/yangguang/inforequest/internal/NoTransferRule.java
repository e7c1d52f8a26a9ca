package org.yangguang.inforequest.internal;

import org.yangguang.organisation.Organisation;

/**
 * 不转送 (政府信息公开条例第三十六条): the agency applied to answers the application in its own name. It may give the
 * work to one of its own units (承办) — itself or an organisation below it in the tree — but it may not pass the
 * application to another agency; when another agency holds the information, the reply is "another agency is
 * responsible" (第三十六条第（五）项) naming that agency.
 */
public final class NoTransferRule {

	private NoTransferRule() {
	}

	/**
	 * @param appliedTo    the agency the application was addressed to
	 * @param handlingUnit the unit it is to be assigned to
	 */
	public static Decision check(Organisation appliedTo, Organisation handlingUnit) {
		if (handlingUnit.isWithin(appliedTo)) {
			return Decision.ALLOWED;
		}
		return Decision.reject("agency", "inforequest.error.noTransfer", appliedTo.name(), handlingUnit.name());
	}
}
