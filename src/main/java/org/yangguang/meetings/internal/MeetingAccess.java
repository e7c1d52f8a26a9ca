package org.yangguang.meetings.internal;

import java.util.Collection;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.shared.NotFoundException;

/**
 * Who may do what with minutes and tasks. Minutes in full: staff of the meeting's organisation (or above it) and
 * the lead units of its tasks; everyone else reads published minutes' public items only, and a draft does not exist
 * for them (404). Minutes are written by the office, leaders and clerks, and published by the office or a leader
 * in scope. A task is read by the office and supervisors covering the meeting, and by the lead unit; the lead
 * unit's clerks and leaders take its steps, the office (or a supervisor) verifies and decides extensions; seen but
 * not allowed is 403.
 */
@Component
public class MeetingAccess {

	private final Identity identity;

	MeetingAccess(Identity identity) {
		this.identity = identity;
	}

	public CurrentUser user() {
		return identity.requireUser();
	}

	public java.util.Optional<CurrentUser> currentUser() {
		return identity.currentUser();
	}

	public boolean covers(long organisationId) {
		return identity.covers(organisationId);
	}

	/** Staff who write minutes, for their own organisation. */
	public CurrentUser requireWriter() {
		CurrentUser user = user();
		if (!user.staff() || user.organisationId() == null
				|| !user.hasAny(Role.DISCLOSURE_OFFICE, Role.LEADER, Role.CLERK)) {
			throw new AccessDeniedException("minutes are written by the office, leaders and clerks");
		}
		return user;
	}

	/** True when the current user reads every item of minutes of {@code organisationId} with these task leads. */
	public boolean readsInFull(long organisationId, Collection<Long> leads) {
		CurrentUser user = identity.currentUser().orElse(null);
		return user != null && user.staff()
				&& (covers(organisationId) || leads.stream().anyMatch(this::covers));
	}

	public CurrentUser requirePublisher(Minutes m, Collection<Long> leads) {
		if (!readsInFull(m.organisationId(), leads)) {
			throw new NotFoundException("meetings.error.notFound", m.id());
		}
		CurrentUser user = user();
		if (!user.hasAny(Role.DISCLOSURE_OFFICE, Role.LEADER) || !covers(m.organisationId())) {
			throw new AccessDeniedException("minutes are published by the office or a leader");
		}
		return user;
	}

	public boolean isLeadUnit(CurrentUser user, FollowUpTask t) {
		return user.staff() && user.hasAny(Role.CLERK, Role.LEADER) && covers(t.leadOrgId());
	}

	public boolean isOffice(CurrentUser user, long meetingOrganisationId) {
		return user.staff() && (user.has(Role.DISCLOSURE_OFFICE) && covers(meetingOrganisationId)
				|| user.has(Role.SUPERVISOR));
	}

	/** The task's reader, or 404 for anyone who may not see it. */
	public CurrentUser requireRead(FollowUpTask t, long meetingOrganisationId) {
		CurrentUser user = identity.currentUser().orElse(null);
		if (user == null || !user.staff() || !(covers(t.leadOrgId()) || covers(meetingOrganisationId)
				|| user.hasAny(Role.SUPERVISOR, Role.AUDITOR))) {
			throw new NotFoundException("meetings.error.taskNotFound", t.id());
		}
		return user;
	}

	public CurrentUser requireLeadUnit(FollowUpTask t, long meetingOrganisationId) {
		CurrentUser user = requireRead(t, meetingOrganisationId);
		if (!isLeadUnit(user, t)) {
			throw new AccessDeniedException("the lead unit's step");
		}
		return user;
	}

	public CurrentUser requireOffice(FollowUpTask t, long meetingOrganisationId) {
		CurrentUser user = requireRead(t, meetingOrganisationId);
		if (!isOffice(user, meetingOrganisationId)) {
			throw new AccessDeniedException("the office's step");
		}
		return user;
	}

	/** Staff only: the task list. */
	public CurrentUser requireStaff() {
		CurrentUser user = user();
		if (!user.staff()) {
			throw new AccessDeniedException("staff only");
		}
		return user;
	}
}
