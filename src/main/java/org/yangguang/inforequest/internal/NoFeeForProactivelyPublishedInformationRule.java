package org.yangguang.inforequest.internal;

import org.yangguang.inforequest.FeeNotice;
import org.yangguang.inforequest.ReplyType;

/**
 * 已主动公开的信息不收费 (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号): the processing fee pays for the
 * work of providing information on application; information the agency has already published proactively is only
 * pointed to (条例第三十六条第（一）项), so a reply of type "already disclosed" never carries a fee and no fee notice
 * is issued for it.
 */
public final class NoFeeForProactivelyPublishedInformationRule {

	private NoFeeForProactivelyPublishedInformationRule() {
	}

	/** A fee notice given for information that is to be answered with {@code replyType} (null when not said). */
	public static Decision checkNotice(ReplyType replyType) {
		if (replyType == ReplyType.ALREADY_DISCLOSED) {
			return Decision.reject("replyType", "inforequest.error.noFeeForPublished");
		}
		return Decision.ALLOWED;
	}

	/** A reply of {@code replyType} on a request that had the fee notice {@code fee} (null when none). */
	public static Decision checkReply(ReplyType replyType, FeeNotice fee) {
		if (replyType == ReplyType.ALREADY_DISCLOSED && fee != null) {
			return Decision.reject("replyType", "inforequest.error.publishedReplyWithFee");
		}
		return Decision.ALLOWED;
	}
}
