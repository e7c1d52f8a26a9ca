package org.yangguang.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.disclosure.ReviewDecision;

/** 审核: approving confirms the confidentiality and accuracy reviews; returning needs reasons. */
class ReviewDecisionsFollowTheRules {

	@Test
	void anApprovalThroughTheApiConfirmsBothReviews() {
		ReviewDecision approve = ReviewDecision.of("approve", null, null, null);
		assertThat(approve.approve()).isTrue();
		assertThat(approve.confidentialityChecked()).isTrue();
		assertThat(approve.accuracyChecked()).isTrue();
		approve.validate();
	}

	@Test
	void anApprovalWithoutTheConfidentialityReviewIsRefused() {
		assertField(() -> ReviewDecision.of("approve", null, false, true).validate(), "confidentialityChecked");
		assertField(() -> new ReviewDecision(true, null, true, false).validate(), "accuracyChecked");
	}

	@Test
	void aReturnNeedsItsReasons() {
		assertField(() -> ReviewDecision.of("return", "  ", null, null).validate(), "comment");
		ReviewDecision.of("return", "请补充文号", null, null).validate();
	}

	@Test
	void onlyApproveAndReturnAreDecisions() {
		assertField(() -> ReviewDecision.of("maybe", null, null, null), "decision");
		assertField(() -> ReviewDecision.of(null, null, null, null), "decision");
	}

	private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
		assertThatThrownBy(call).isInstanceOf(RuleViolationException.class)
			.satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo(field));
	}
}
