package org.yangguang.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.consultation.ConsultationPhase;
import org.yangguang.consultation.ConsultationStatus;
import org.yangguang.consultation.DraftArticle;
import org.yangguang.consultation.FinalDecision;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * The comment period opens and closes on its dates, both counted; it lasts 30 days unless a reason is recorded; a
 * draft published after its opening day starts on the day of publication and keeps its length; the adoption report
 * comes after the period and once nothing is undecided.
 */
class ThePeriodIsEnforcedOnItsDates {

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
	static final List<DraftArticle> ARTICLES = List.of(new DraftArticle(1, null, "总则"),
			new DraftArticle(2, null, "适用范围"), new DraftArticle(3, null, "收费"));

	static Consultation published(LocalDate opens, LocalDate closes, LocalDate publishedOn) {
		Consultation c = Consultation.draft(7L, "办法", null, null, ARTICLES, opens, closes, null, false, 1L, "刘洋",
				MONDAY, 30);
		c.submit(MONDAY, "刘洋");
		c.review(true, null, MONDAY, "陈志刚");
		c.publish(publishedOn, "陈志刚");
		return c;
	}

	@Test
	void commentsAreTakenFromTheOpeningDayToTheClosingDayInclusive() {
		LocalDate opens = MONDAY.plusDays(1);
		LocalDate closes = opens.plusDays(29);
		Consultation c = published(opens, closes, MONDAY);
		assertThat(c.phase(MONDAY)).isEqualTo(ConsultationPhase.UPCOMING);
		assertThatThrownBy(() -> c.requireOpenForComments(MONDAY)).isInstanceOf(IllegalTransitionException.class)
			.extracting("messageKey").isEqualTo("consultation.error.notYetOpen");
		c.requireOpenForComments(opens);
		c.requireOpenForComments(closes);
		assertThatThrownBy(() -> c.requireOpenForComments(closes.plusDays(1)))
			.isInstanceOf(IllegalTransitionException.class).extracting("messageKey")
			.isEqualTo("consultation.error.periodOver");
		assertThat(c.phase(closes.plusDays(1))).isEqualTo(ConsultationPhase.ENDED);
	}

	@Test
	void aPeriodOfTwentyNineDaysNeedsAReasonThirtyDoNot() {
		assertThatThrownBy(() -> Consultation.draft(7L, "办法", null, null, ARTICLES, MONDAY, MONDAY.plusDays(28), null,
				false, 1L, "刘洋", MONDAY, 30)).isInstanceOf(RuleViolationException.class).extracting("field")
			.isEqualTo("reason");
		Consultation thirty = Consultation.draft(7L, "办法", null, null, ARTICLES, MONDAY, MONDAY.plusDays(29), null,
				false, 1L, "刘洋", MONDAY, 30);
		assertThat(thirty.shortReason).isNull();
		Consultation urgent = Consultation.draft(7L, "办法", null, null, ARTICLES, MONDAY, MONDAY.plusDays(6), "防汛紧急",
				false, 1L, "刘洋", MONDAY, 30);
		assertThat(urgent.shortReason).isEqualTo("防汛紧急");
	}

	@Test
	void publishedAfterItsOpeningDayThePeriodStartsThatDayAndKeepsItsLength() {
		Consultation c = published(MONDAY, MONDAY.plusDays(29), MONDAY.plusDays(5));
		assertThat(c.opensOn()).isEqualTo(MONDAY.plusDays(5));
		assertThat(c.closesOn()).isEqualTo(MONDAY.plusDays(34));
		assertThat(Consultation.days(c.opensOn(), c.closesOn())).isEqualTo(30);
	}

	@Test
	void anEarlyCloseEndsThePeriodWithItsReasonAndTheReportWaitsForEveryDecision() {
		Consultation c = published(MONDAY, MONDAY.plusDays(29), MONDAY);
		assertThatThrownBy(() -> c.reportPublished(MONDAY.plusDays(3), 0, "陈志刚"))
			.isInstanceOf(IllegalTransitionException.class).extracting("messageKey")
			.isEqualTo("consultation.error.reportBeforeEnd");
		assertThatThrownBy(() -> c.close(MONDAY.plusDays(3), " ", "刘洋")).isInstanceOf(RuleViolationException.class);
		c.close(MONDAY.plusDays(3), "县政府决定提前审议", "刘洋");
		assertThat(c.status()).isEqualTo(ConsultationStatus.CLOSED);
		assertThat(c.endedOn()).isEqualTo(MONDAY.plusDays(3));
		assertThatThrownBy(() -> c.requireOpenForComments(MONDAY.plusDays(3)))
			.isInstanceOf(IllegalTransitionException.class).extracting("messageKey")
			.isEqualTo("consultation.error.closedEarly");
		assertThatThrownBy(() -> c.reportPublished(MONDAY.plusDays(4), 2, "陈志刚"))
			.isInstanceOf(IllegalTransitionException.class).extracting("messageKey")
			.isEqualTo("consultation.error.undecided");
		assertThatThrownBy(() -> c.conclude(new FinalDecision("办法", null, "正文", null, null), MONDAY, "刘洋"))
			.isInstanceOf(IllegalTransitionException.class);
		c.reportPublished(MONDAY.plusDays(4), 0, "陈志刚");
		assertThat(c.status()).isEqualTo(ConsultationStatus.REPORTED);
		assertThat(c.stepsAllowed(MONDAY.plusDays(4))).containsExactly("conclude");
	}

	@Test
	void aDecisionOtherThanAdoptedNeedsItsReasonAndAHiddenCommentIsNotDecided() {
		Comment k = Comment.online(1L, 3, "建议公开收费标准", 5L, "市民", MONDAY);
		assertThatThrownBy(() -> k.decide(org.yangguang.consultation.CommentDecision.PARTLY, " ", "刘洋", MONDAY))
			.isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("reason");
		k.decide(org.yangguang.consultation.CommentDecision.ADOPTED, null, "刘洋", MONDAY);
		k.moderate(org.yangguang.consultation.ModerationReason.PERSONAL_DATA, "含他人电话", "刘洋");
		assertThat(k.decision()).isNull();
		assertThatThrownBy(() -> k.decide(org.yangguang.consultation.CommentDecision.ADOPTED, null, "刘洋", MONDAY))
			.isInstanceOf(IllegalTransitionException.class);
	}
}
