package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.inforequest.internal.Fixtures.CALENDAR;
import static org.yangguang.inforequest.internal.Fixtures.CLERK;
import static org.yangguang.inforequest.internal.Fixtures.OFFICE;
import static org.yangguang.inforequest.internal.Fixtures.SETTINGS;
import static org.yangguang.inforequest.internal.Fixtures.date;
import static org.yangguang.inforequest.internal.Fixtures.receivedOn;
import static org.yangguang.inforequest.internal.Fixtures.replyDeadline;

import org.junit.jupiter.api.Test;
import org.yangguang.inforequest.ExtensionRequest;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/** 条例第三十三条: an extension of at most 20 working days, once, approved by the head of the disclosure office. */
class ExtensionIsGrantedOnceAndAtMostTwentyWorkingDays {

	@Test
	void twentyMoreWorkingDaysCountFromTheOriginalDeadline() {
		InformationRequest request = receivedOn("2025-01-20");
		request.grantExtension(20, "涉及多所学校，需逐一调取", date("2025-02-20"), OFFICE, CALENDAR, SETTINGS);
		// after 2-21: 2-24..28, 3-3..7, 3-10..14, 3-17..21
		assertThat(replyDeadline(request)).isEqualTo(date("2025-03-21"));
		assertThat(request.extension().granted()).isTrue();
		assertThat(request.extension().decidedBy()).isEqualTo(OFFICE.name());
	}

	@Test
	void aSecondExtensionIsAnIllegalTransition() {
		InformationRequest request = receivedOn("2025-01-20");
		request.grantExtension(5, "理由", date("2025-02-10"), OFFICE, CALENDAR, SETTINGS);
		assertThatThrownBy(() -> request.grantExtension(5, "再次延期", date("2025-02-11"), OFFICE, CALENDAR, SETTINGS))
			.isInstanceOf(IllegalTransitionException.class)
			.extracting(e -> ((IllegalTransitionException) e).messageKey()).isEqualTo("inforequest.error.extendedOnce");
		assertThatThrownBy(() -> request.proposeExtension(5, "再次延期", date("2025-02-11"), CLERK, SETTINGS))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void moreThanTwentyWorkingDaysIsRefused() {
		InformationRequest request = receivedOn("2025-01-20");
		assertThatThrownBy(() -> request.grantExtension(21, "理由", date("2025-02-10"), OFFICE, CALENDAR, SETTINGS))
			.isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("inforequest.error.extensionTooLong");
		assertThat(request.extension()).isNull();
	}

	@Test
	void anExtensionAfterTheDeadlineHasPassedIsRefused() {
		InformationRequest request = receivedOn("2025-01-20");
		assertThatThrownBy(() -> request.grantExtension(10, "理由", date("2025-02-24"), OFFICE, CALENDAR, SETTINGS))
			.isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("inforequest.error.extensionAfterDeadline");
	}

	@Test
	void theDepartmentProposesAndTheOfficeGrantsWhatWasProposed() {
		InformationRequest request = receivedOn("2025-01-20");
		request.proposeExtension(10, "档案在乡镇", date("2025-02-12"), CLERK, SETTINGS);
		assertThat(request.extension().pending()).isTrue();
		assertThat(replyDeadline(request)).as("a proposal changes nothing yet").isEqualTo(date("2025-02-21"));
		assertThatThrownBy(() -> request.proposeExtension(10, "again", date("2025-02-12"), CLERK, SETTINGS))
			.isInstanceOf(IllegalTransitionException.class);

		request.grantExtension(null, null, date("2025-02-13"), OFFICE, CALENDAR, SETTINGS);

		assertThat(request.extension().status()).isEqualTo(ExtensionRequest.Status.GRANTED);
		assertThat(request.extension().days()).isEqualTo(10);
		assertThat(request.extension().proposedBy()).isEqualTo(CLERK.name());
		// 2-24..28, 3-3..7
		assertThat(replyDeadline(request)).isEqualTo(date("2025-03-07"));
	}

	@Test
	void aRefusedProposalMayBeProposedAgain() {
		InformationRequest request = receivedOn("2025-01-20");
		request.proposeExtension(10, "理由", date("2025-02-12"), CLERK, SETTINGS);
		request.refuseExtension("期限内可以完成", date("2025-02-12"), OFFICE);
		assertThat(request.extension().status()).isEqualTo(ExtensionRequest.Status.REFUSED);
		request.proposeExtension(5, "新的理由", date("2025-02-13"), CLERK, SETTINGS);
		assertThat(request.extension().pending()).isTrue();
	}
}
