package org.yangguang.consultation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Consultation settings: the minimum comment period in days ({@code yangguang.consultation.min-days}, 30 — 重大行政决策
 * 程序暂行条例 第十四条: 征求意见期限一般不少于30日; shorter only with a recorded reason), whether a draft may take comments
 * without an account ({@code anonymous-comments}, off), and the working days after the period within which the
 * adoption report is due ({@code report-working-days}, 20).
 */
@ConfigurationProperties("yangguang.consultation")
public record ConsultationSettings(@DefaultValue("30") int minDays, @DefaultValue("false") boolean anonymousComments,
		@DefaultValue("20") int reportWorkingDays) {
}
