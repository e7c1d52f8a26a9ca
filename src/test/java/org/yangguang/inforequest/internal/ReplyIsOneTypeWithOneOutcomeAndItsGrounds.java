package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.ReplyType;

/**
 * 答复 (条例第三十六条至第三十九条): each reply type counts under the rows it allows; reasons where the law asks for them;
 * every outcome cites its article in the letter.
 */
class ReplyIsOneTypeWithOneOutcomeAndItsGrounds {

	@Test
	void alreadyDisclosedCountsAsGrantedAndAnotherAgencyAsNotHeld() {
		assertThat(ReplyType.ALREADY_DISCLOSED.allows(Outcome.GRANTED)).isTrue();
		assertThat(ReplyType.OTHER_AGENCY.allows(Outcome.UNABLE_NOT_HELD)).isTrue();
		assertThat(ReplyType.OTHER_AGENCY.allows(Outcome.UNABLE_NEEDS_CREATION)).isFalse();
		assertThat(ReplyRule.check(ReplyType.WITHHELD, Outcome.GRANTED, "理由", "内容", null))
			.isEqualTo(Decision.reject("outcome", "inforequest.error.outcomeDoesNotFitType", "granted", "withheld"));
	}

	@ParameterizedTest
	@EnumSource(Outcome.class)
	void everyOutcomeHasAUsualReplyTypeThatAllowsIt(Outcome outcome) {
		assertThat(ReplyType.defaultFor(outcome).allows(outcome)).isTrue();
	}

	@ParameterizedTest
	@EnumSource(Outcome.class)
	void everyOutcomeCitesTheRegulation(Outcome outcome) {
		assertThat(ReplyGrounds.covers(outcome)).isTrue();
		if (outcome != Outcome.OTHER_OTHER) {
			assertThat(ReplyGrounds.articles(ReplyType.defaultFor(outcome), outcome)).isNotEmpty();
		}
	}

	@Test
	void theLetterCitesTheArticleOfTheReplyType() {
		assertThat(ReplyGrounds.articles(ReplyType.ALREADY_DISCLOSED, Outcome.GRANTED)).containsExactly("art36_1");
		assertThat(ReplyGrounds.articles(ReplyType.DISCLOSED, Outcome.GRANTED)).containsExactly("art36_2");
		assertThat(ReplyGrounds.articles(ReplyType.WITHHELD, Outcome.WITHHELD_THIRD_PARTY))
			.containsExactly("art36_3", "art15", "art32");
		assertThat(ReplyGrounds.articles(ReplyType.CANNOT_PROVIDE, Outcome.UNABLE_NOT_HELD)).containsExactly("art36_4");
		assertThat(ReplyGrounds.articles(ReplyType.OTHER_AGENCY, Outcome.UNABLE_NOT_HELD)).containsExactly("art36_5");
		assertThat(ReplyGrounds.articles(ReplyType.NOT_PROCESSED, Outcome.NOT_PROCESSED_REPEATED))
			.containsExactly("art36_6");
	}

	@Test
	void refusalsStateTheirReasonsAndReferralsNameTheAgency() {
		for (ReplyType type : EnumSet.of(ReplyType.WITHHELD, ReplyType.PARTIAL, ReplyType.NOT_PROCESSED,
				ReplyType.CANNOT_PROVIDE)) {
			Outcome outcome = EnumSet.allOf(Outcome.class).stream().filter(type::allows).findFirst().orElseThrow();
			assertThat(ReplyRule.check(type, outcome, " ", "内容", null))
				.as(type.key()).isEqualTo(Decision.reject("ground", "inforequest.error.groundRequired"));
		}
		assertThat(ReplyRule.check(ReplyType.OTHER_AGENCY, Outcome.UNABLE_NOT_HELD, null, "内容", null))
			.isEqualTo(Decision.reject("otherAgencyName", "inforequest.error.otherAgencyRequired"));
		assertThat(ReplyRule.check(ReplyType.OTHER_AGENCY, Outcome.UNABLE_NOT_HELD, null, "内容", "余庆县民政局").allowed())
			.isTrue();
		assertThat(ReplyRule.check(ReplyType.DISCLOSED, Outcome.GRANTED, null, " ", null))
			.isEqualTo(Decision.reject("body", "inforequest.error.bodyRequired"));
	}

	@Test
	void noCorrectionAndNoPaymentAreCountedByClosingNotByAReply() {
		assertThat(ReplyRule.check(ReplyType.OTHER, Outcome.OTHER_NO_FEE, "理由", "内容", null).allowed()).isFalse();
		assertThat(ReplyRule.check(ReplyType.OTHER, Outcome.OTHER_NO_CORRECTION, "理由", "内容", null).allowed()).isFalse();
		assertThat(ReplyRule.check(ReplyType.OTHER, Outcome.OTHER_OTHER, "理由", "内容", null).allowed()).isTrue();
	}
}
