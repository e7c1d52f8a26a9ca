package org.yangguang.disclosure.internal;

import static org.yangguang.disclosure.VersionState.DRAFT;
import static org.yangguang.disclosure.VersionState.PUBLISHED;
import static org.yangguang.disclosure.VersionState.REPEALED;
import static org.yangguang.disclosure.VersionState.RETURNED;
import static org.yangguang.disclosure.VersionState.REVIEWED;
import static org.yangguang.disclosure.VersionState.SUBMITTED;
import static org.yangguang.disclosure.VersionState.WITHDRAWN;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.disclosure.VersionState;
import org.yangguang.disclosure.WorkflowAction;

/**
 * The state machine of a version, in one place: draft → submitted → reviewed (or returned, then submitted again)
 * → published → withdrawn / repealed; an amendment starts a new version as a draft while the published one stays
 * public, and publishing that version supersedes the old one ({@link VersionState#SUPERSEDED}, not an action of
 * its own). Anything not listed is an illegal transition (HTTP 409).
 */
public final class DocumentTransitions {

	private static final Map<VersionState, Map<WorkflowAction, VersionState>> MOVES = new EnumMap<>(VersionState.class);

	static {
		allow(DRAFT, WorkflowAction.EDIT, DRAFT);
		allow(DRAFT, WorkflowAction.SUBMIT, SUBMITTED);
		allow(RETURNED, WorkflowAction.EDIT, RETURNED);
		allow(RETURNED, WorkflowAction.SUBMIT, SUBMITTED);
		allow(SUBMITTED, WorkflowAction.APPROVE, REVIEWED);
		allow(SUBMITTED, WorkflowAction.RETURN, RETURNED);
		allow(REVIEWED, WorkflowAction.PUBLISH, PUBLISHED);
		allow(PUBLISHED, WorkflowAction.WITHDRAW, WITHDRAWN);
		allow(PUBLISHED, WorkflowAction.REPEAL, REPEALED);
		// the published version stays as it is; a new draft version is created beside it
		allow(PUBLISHED, WorkflowAction.AMEND, PUBLISHED);
	}

	private DocumentTransitions() {
	}

	private static void allow(VersionState from, WorkflowAction action, VersionState to) {
		MOVES.computeIfAbsent(from, s -> new EnumMap<>(WorkflowAction.class)).put(action, to);
	}

	/** The state after {@code action}, if the action is allowed in {@code from}. */
	public static Optional<VersionState> next(VersionState from, WorkflowAction action) {
		return Optional.ofNullable(MOVES.getOrDefault(from, Map.of()).get(action));
	}

	public static boolean allows(VersionState from, WorkflowAction action) {
		return next(from, action).isPresent();
	}

	/** The state after {@code action}, or {@link IllegalTransitionException} (409) naming both. */
	public static VersionState require(VersionState from, WorkflowAction action) {
		return next(from, action).orElseThrow(() -> new IllegalTransitionException("disclosure.error.transition",
				new DefaultMessageSourceResolvable(from.messageKey()),
				new DefaultMessageSourceResolvable(action.messageKey())));
	}
}
