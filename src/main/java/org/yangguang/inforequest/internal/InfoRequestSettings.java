package org.yangguang.inforequest.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable values of 依申请公开 ({@code yangguang.inforequest.*}), with the legal or usual defaults.
 *
 * @param replyWorkingDays       答复期限: 20 working days from receipt (条例第三十三条)
 * @param correctionNoticeWithin 补正告知: within 7 working days of receipt (条例第三十条)
 * @param correctionWorkingDays  the applicant's time to correct when the notice gives no date (~15, local practice)
 * @param thirdPartyWorkingDays  第三方答复期限: 15 working days (条例第三十二条)
 * @param maxExtensionDays       延长答复期限: at most 20 working days, once (条例第三十三条)
 * @param feePaymentWorkingDays  缴费期限 after a fee notice (~20 working days)
 * @param pauseWhileAwaitingFee  whether the reply clock stops while the fee is unpaid (~ yes)
 * @param dueSoonWithin          working days before the deadline from which a request counts as due soon
 * @param sweepInterval          how often the closing sweep runs (closes unanswered corrections and unpaid fees)
 * @param sweepLock              how long one node holds the sweep's lock
 */
@ConfigurationProperties("yangguang.inforequest")
public record InfoRequestSettings(@DefaultValue("20") int replyWorkingDays,
		@DefaultValue("7") int correctionNoticeWithin, @DefaultValue("15") int correctionWorkingDays,
		@DefaultValue("15") int thirdPartyWorkingDays, @DefaultValue("20") int maxExtensionDays,
		@DefaultValue("20") int feePaymentWorkingDays, @DefaultValue("true") boolean pauseWhileAwaitingFee,
		@DefaultValue("3") int dueSoonWithin, @DefaultValue("PT10M") Duration sweepInterval,
		@DefaultValue("PT5M") Duration sweepLock) {

	/** The defaults, for unit tests. */
	public static InfoRequestSettings defaults() {
		return new InfoRequestSettings(20, 7, 15, 15, 20, 20, true, 3, Duration.ofMinutes(10), Duration.ofMinutes(5));
	}
}
