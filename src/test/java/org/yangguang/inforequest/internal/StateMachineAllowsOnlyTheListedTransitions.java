package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.inforequest.internal.Fixtures.CALENDAR;
import static org.yangguang.inforequest.internal.Fixtures.CLERK;
import static org.yangguang.inforequest.internal.Fixtures.OFFICE;
import static org.yangguang.inforequest.internal.Fixtures.SETTINGS;
import static org.yangguang.inforequest.internal.Fixtures.application;
import static org.yangguang.inforequest.internal.Fixtures.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yangguang.inforequest.Channel;
import org.yangguang.inforequest.FeeMethod;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.shared.IllegalTransitionException;

/**
 * The state machine in {@link RequestAction}: every action outside its listed statuses is an illegal transition
 * (409), whatever else is wrong with it; every listed one leads to the listed status.
 */
class StateMachineAllowsOnlyTheListedTransitions {

	static final LocalDate RECEIVED = date("2025-03-03");
	static final LocalDate LATER = date("2025-06-30");

	/** A request brought into {@code status} through the legal steps. */
	static InformationRequest in(RequestStatus status) {
		InformationRequest r = InformationRequest.receive(application(Channel.IN_PERSON, RECEIVED), "YSQ2025000009",
				status != RequestStatus.REGISTERED, RECEIVED, SETTINGS, CLERK);
		LocalDate next = date("2025-03-04");
		switch (status) {
			case AWAITING_CORRECTION -> r.requestCorrection(List.of("文号"), null, next, CLERK, CALENDAR, SETTINGS);
			case CONSULTING_THIRD_PARTY -> r.consultThirdParty("某公司", null, next, CLERK, CALENDAR, SETTINGS);
			case AWAITING_FEE -> r.issueFeeNotice(FeeMethod.PER_PAGE, 120, next, CLERK, CALENDAR, SETTINGS);
			case REPLIED -> r.reply(null, Outcome.GRANTED, null, "见附件", null, null, next, CLERK);
			case CLOSED -> {
				r.requestCorrection(List.of("文号"), null, next, CLERK, CALENDAR, SETTINGS);
				r.closeForNoCorrection(LATER, Actor.SYSTEM);
			}
			case WITHDRAWN -> r.withdraw("不再需要", next, CLERK);
			default -> {
			}
		}
		assertThat(r.status()).isEqualTo(status);
		return r;
	}

	/** One call of each action, with arguments that would pass its own rule. */
	static Consumer<InformationRequest> call(RequestAction action) {
		LocalDate on = LATER;
		return switch (action) {
			case ASSIGN -> r -> r.assign(99L, on, OFFICE, "县民政局");
			case REQUEST_CORRECTION -> r -> r.requestCorrection(List.of("文号"), null, date("2025-03-05"), CLERK, CALENDAR,
					SETTINGS);
			case RECEIVE_CORRECTION -> r -> r.receiveCorrection("补正", on, CLERK, SETTINGS);
			case CLOSE_NO_CORRECTION -> r -> r.closeForNoCorrection(on, Actor.SYSTEM);
			case CONSULT_THIRD_PARTY -> r -> r.consultThirdParty("某公司", null, on, CLERK, CALENDAR, SETTINGS);
			case RECORD_THIRD_PARTY_OPINION -> r -> r.recordThirdPartyOpinion(true, null, on, CLERK);
			case END_THIRD_PARTY_SILENCE -> r -> r.endThirdPartySilence(on, Actor.SYSTEM);
			case PROPOSE_EXTENSION -> r -> r.proposeExtension(5, "理由", date("2025-03-05"), CLERK, SETTINGS);
			case GRANT_EXTENSION -> r -> r.grantExtension(5, "理由", date("2025-03-05"), OFFICE, CALENDAR, SETTINGS);
			case REFUSE_EXTENSION -> r -> r.refuseExtension("理由", on, OFFICE);
			case ISSUE_FEE_NOTICE -> r -> r.issueFeeNotice(FeeMethod.PER_PAGE, 120, on, CLERK, CALENDAR, SETTINGS);
			case RECORD_PAYMENT -> r -> r.recordPayment(on, CLERK);
			case CLOSE_NO_FEE -> r -> r.closeForNoFee(on, Actor.SYSTEM);
			case ASK_FOR_REASONS -> r -> r.askForReasons("请说明申请理由", on, CLERK);
			case REPLY -> r -> r.reply(null, Outcome.GRANTED, null, "见附件", null, null, on, CLERK);
			case WITHDRAW -> r -> r.withdraw(null, on, CLERK);
			case RECORD_APPEAL -> r -> r.recordAppeal("reconsideration", "pending", on, CLERK);
		};
	}

	static Stream<Arguments> forbidden() {
		List<Arguments> cases = new ArrayList<>();
		for (RequestAction action : RequestAction.values()) {
			for (RequestStatus status : RequestStatus.values()) {
				if (!action.allowedIn(status)) {
					cases.add(Arguments.of(action, status));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} is refused when {1}")
	@MethodSource("forbidden")
	void anActionOutsideItsStatusesIsAnIllegalTransition(RequestAction action, RequestStatus status) {
		InformationRequest request = in(status);
		assertThatThrownBy(() -> call(action).accept(request)).isInstanceOf(IllegalTransitionException.class)
			.extracting(e -> ((IllegalTransitionException) e).messageKey())
			.isEqualTo("inforequest.error.transition");
		assertThat(request.status()).isEqualTo(status);
	}

	static Stream<Arguments> allowed() {
		return Stream.of(Arguments.of(RequestStatus.REGISTERED, RequestAction.ASSIGN, RequestStatus.IN_PROGRESS),
				Arguments.of(RequestStatus.REGISTERED, RequestAction.REQUEST_CORRECTION, RequestStatus.AWAITING_CORRECTION),
				Arguments.of(RequestStatus.REGISTERED, RequestAction.REPLY, RequestStatus.REPLIED),
				Arguments.of(RequestStatus.IN_PROGRESS, RequestAction.CONSULT_THIRD_PARTY,
						RequestStatus.CONSULTING_THIRD_PARTY),
				Arguments.of(RequestStatus.IN_PROGRESS, RequestAction.ISSUE_FEE_NOTICE, RequestStatus.AWAITING_FEE),
				Arguments.of(RequestStatus.IN_PROGRESS, RequestAction.GRANT_EXTENSION, RequestStatus.IN_PROGRESS),
				Arguments.of(RequestStatus.IN_PROGRESS, RequestAction.WITHDRAW, RequestStatus.WITHDRAWN),
				Arguments.of(RequestStatus.AWAITING_CORRECTION, RequestAction.RECEIVE_CORRECTION, RequestStatus.IN_PROGRESS),
				Arguments.of(RequestStatus.AWAITING_CORRECTION, RequestAction.CLOSE_NO_CORRECTION, RequestStatus.CLOSED),
				Arguments.of(RequestStatus.CONSULTING_THIRD_PARTY, RequestAction.RECORD_THIRD_PARTY_OPINION,
						RequestStatus.IN_PROGRESS),
				Arguments.of(RequestStatus.CONSULTING_THIRD_PARTY, RequestAction.END_THIRD_PARTY_SILENCE,
						RequestStatus.IN_PROGRESS),
				Arguments.of(RequestStatus.AWAITING_FEE, RequestAction.RECORD_PAYMENT, RequestStatus.IN_PROGRESS),
				Arguments.of(RequestStatus.AWAITING_FEE, RequestAction.CLOSE_NO_FEE, RequestStatus.CLOSED),
				Arguments.of(RequestStatus.REPLIED, RequestAction.RECORD_APPEAL, RequestStatus.REPLIED),
				Arguments.of(RequestStatus.CLOSED, RequestAction.RECORD_APPEAL, RequestStatus.CLOSED));
	}

	@ParameterizedTest(name = "{1} when {0} leads to {2}")
	@MethodSource("allowed")
	void aListedActionLeadsToItsStatus(RequestStatus from, RequestAction action, RequestStatus to) {
		InformationRequest request = in(from);
		call(action).accept(request);
		assertThat(request.status()).isEqualTo(to);
		if (action.target() != null && action.target() != RequestStatus.IN_PROGRESS) {
			assertThat(request.status()).isEqualTo(action.target());
		}
	}

	@Test
	void aCorrectionReceivedBeforeAssignmentLeavesTheRequestWithTheOffice() {
		InformationRequest request = in(RequestStatus.REGISTERED);
		request.requestCorrection(List.of("文号"), null, date("2025-03-04"), OFFICE, CALENDAR, SETTINGS);
		request.receiveCorrection("补正", date("2025-03-06"), OFFICE, SETTINGS);
		assertThat(request.status()).isEqualTo(RequestStatus.REGISTERED);
	}

	@Test
	void everyDecisionCountsUnderExactlyOneOutcomeAndClosesTheReplyClock() {
		for (RequestStatus finished : List.of(RequestStatus.REPLIED, RequestStatus.CLOSED, RequestStatus.WITHDRAWN)) {
			InformationRequest request = in(finished);
			assertThat(request.reply()).as(finished.key()).isNotNull();
			assertThat(request.clocks().open(ClockKind.REPLY)).as(finished.key()).isEmpty();
			assertThat(request.clocks().open(ClockKind.CORRECTION)).as(finished.key()).isEmpty();
		}
		assertThat(in(RequestStatus.WITHDRAWN).reply().outcome()).isEqualTo(Outcome.OTHER_OTHER);
	}
}
