/**
 * 重大决策预公开 — public participation in major decisions: a draft is put out for comment for a fixed period
 * (征求意见), citizens comment on an article or on the whole draft, staff register offline comments (letters,
 * symposiums), moderate abuse with a reason, decide on every comment (adopted, partly adopted, not adopted, with the
 * reason), publish the adoption report (采纳情况说明), and link the final decision and its interpretation (政策解读).
 * Hearings (听证会) and press conferences (新闻发布会) are announced, registered for, held and published.
 * <p>
 * Public API: {@link org.yangguang.consultation.Consultations} (drafting, review, publication, early close, final
 * decision, reading), {@link org.yangguang.consultation.ConsultationComments} (comments, moderation, decisions, the
 * adoption report), {@link org.yangguang.consultation.Hearings} and
 * {@link org.yangguang.consultation.ConsultationFigures} (statistics for oversight); the event
 * {@link org.yangguang.consultation.ConsultationProgressed}. The drafts and adoption reports are published into the
 * disclosure catalog's column 重大决策预公开 through {@code DisclosurePublishing}; the adoption report's time limit is a
 * {@code TimeLimits} time limit (subject type {@code consultation-report}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation")
package org.yangguang.consultation;
