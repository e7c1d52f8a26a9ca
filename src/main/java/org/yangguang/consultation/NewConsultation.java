package org.yangguang.consultation;

import java.time.LocalDate;
import java.util.List;

/**
 * A draft put out for comment. {@code orgCode} is the responsible organisation (the author's own when null);
 * {@code reason} is required when the period is shorter than the minimum (30 days by default).
 */
public record NewConsultation(String title, String orgCode, String background, String contact,
		List<DraftArticle> articles, LocalDate opensOn, LocalDate closesOn, String reason, boolean anonymousComments) {
}
