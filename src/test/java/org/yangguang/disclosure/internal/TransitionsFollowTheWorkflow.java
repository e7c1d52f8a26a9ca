package org.yangguang.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.disclosure.VersionState;
import org.yangguang.disclosure.WorkflowAction;

/**
 * The state machine of a version: draft → submitted → reviewed (or returned) → published → withdrawn / repealed,
 * amendment beside a published version; every other pair of state and action is an illegal transition (409).
 */
class TransitionsFollowTheWorkflow {

	/** The whole table, written out: what each action leads to from each state. */
	static final Map<VersionState, Map<WorkflowAction, VersionState>> EXPECTED = new EnumMap<>(VersionState.class);

	static {
		expect(VersionState.DRAFT, WorkflowAction.EDIT, VersionState.DRAFT);
		expect(VersionState.DRAFT, WorkflowAction.SUBMIT, VersionState.SUBMITTED);
		expect(VersionState.RETURNED, WorkflowAction.EDIT, VersionState.RETURNED);
		expect(VersionState.RETURNED, WorkflowAction.SUBMIT, VersionState.SUBMITTED);
		expect(VersionState.SUBMITTED, WorkflowAction.APPROVE, VersionState.REVIEWED);
		expect(VersionState.SUBMITTED, WorkflowAction.RETURN, VersionState.RETURNED);
		expect(VersionState.REVIEWED, WorkflowAction.PUBLISH, VersionState.PUBLISHED);
		expect(VersionState.PUBLISHED, WorkflowAction.WITHDRAW, VersionState.WITHDRAWN);
		expect(VersionState.PUBLISHED, WorkflowAction.REPEAL, VersionState.REPEALED);
		expect(VersionState.PUBLISHED, WorkflowAction.AMEND, VersionState.PUBLISHED);
	}

	private static void expect(VersionState from, WorkflowAction action, VersionState to) {
		EXPECTED.computeIfAbsent(from, s -> new EnumMap<>(WorkflowAction.class)).put(action, to);
	}

	static Stream<Arguments> everyStateAndAction() {
		return EnumSet.allOf(VersionState.class).stream()
			.flatMap(s -> EnumSet.allOf(WorkflowAction.class).stream().map(a -> Arguments.of(s, a)));
	}

	@ParameterizedTest(name = "{0} + {1}")
	@MethodSource("everyStateAndAction")
	void onlyTheListedTransitionsAreAllowed(VersionState from, WorkflowAction action) {
		VersionState expected = EXPECTED.getOrDefault(from, Map.of()).get(action);
		if (expected == null) {
			assertThat(DocumentTransitions.allows(from, action)).isFalse();
			assertThatThrownBy(() -> DocumentTransitions.require(from, action))
				.isInstanceOf(IllegalTransitionException.class)
				.extracting(e -> ((IllegalTransitionException) e).messageKey()).isEqualTo("disclosure.error.transition");
		}
		else {
			assertThat(DocumentTransitions.require(from, action)).isEqualTo(expected);
		}
	}

	@ParameterizedTest
	@MethodSource("publishedStates")
	void aPublishedVersionIsNeverEditedAgain(VersionState state) {
		assertThat(DocumentTransitions.allows(state, WorkflowAction.EDIT)).isFalse();
		assertThat(state.editable()).isFalse();
	}

	static Stream<VersionState> publishedStates() {
		return Stream.of(VersionState.PUBLISHED, VersionState.SUPERSEDED, VersionState.WITHDRAWN,
				VersionState.REPEALED, VersionState.SUBMITTED, VersionState.REVIEWED);
	}

	@ParameterizedTest
	@MethodSource("reviewActions")
	void onlyLeadersAndTheDisclosureOfficeReviewPublishAndWithdraw(WorkflowAction action) {
		assertThat(action.roles()).containsExactlyInAnyOrder(org.yangguang.identity.Role.LEADER,
				org.yangguang.identity.Role.DISCLOSURE_OFFICE);
	}

	static Set<WorkflowAction> reviewActions() {
		return EnumSet.of(WorkflowAction.APPROVE, WorkflowAction.RETURN, WorkflowAction.PUBLISH,
				WorkflowAction.WITHDRAW, WorkflowAction.REPEAL);
	}
}
