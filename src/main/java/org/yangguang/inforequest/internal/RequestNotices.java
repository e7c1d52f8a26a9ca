package org.yangguang.inforequest.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.DeadlineApproaching;
import org.yangguang.calendar.DeadlineMissed;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.Role;
import org.yangguang.inforequest.RequestProgressed;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.notification.Notice;
import org.yangguang.notification.Notifications;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/**
 * 办理提醒 — who hears about a request, from the module's own events and the calendar's deadline warnings:
 * <ul>
 * <li>the applicant (with a citizen account), of every step that is a notice to them: acknowledgement, assignment,
 * correction requested, extension, fee notice, reply…; and when their own correction or payment period is about to
 * end;</li>
 * <li>the handling department's clerks and leaders, when a request is assigned to them or arrives addressed to them,
 * when the applicant corrects it, and when its reply deadline is near or missed;</li>
 * <li>the disclosure office (in the agency or above it), of applications waiting to be assigned, extensions to
 * decide, and every missed reply deadline, which supervisors (督办) also see.</li>
 * </ul>
 * A reply deadline warning is also written to the request's timeline, so the case page shows it.
 */
@Component
class RequestNotices {

	private static final Set<Role> HANDLERS = EnumSet.of(Role.CLERK, Role.LEADER);
	private static final Set<Role> SUPERVISION = EnumSet.of(Role.DISCLOSURE_OFFICE, Role.SUPERVISOR);

	private final RequestRepository requests;
	private final TimelineRepository timeline;
	private final Notifications notifications;
	private final Accounts accounts;
	private final Organisations organisations;
	private final Clock clock;

	RequestNotices(RequestRepository requests, TimelineRepository timeline, Notifications notifications,
			Accounts accounts, Organisations organisations, Clock clock) {
		this.requests = requests;
		this.timeline = timeline;
		this.notifications = notifications;
		this.accounts = accounts;
		this.organisations = organisations;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(RequestProgressed step) {
		if (step.applicantTold() && step.applicantAccountId() != null) {
			notifications.send(notice("inforequest." + step.step(), "notification.inforequest.applicant." + step.step(),
					applicantPage(step.trackingNo()), step.key(), step.trackingNo()),
					List.of(step.applicantAccountId()));
		}
		List<Long> staff = switch (step.step()) {
			case "registered" -> step.status() == RequestStatus.REGISTERED ? office(step.agencyId(), Role.DISCLOSURE_OFFICE)
					: accounts.staffWith(step.agencyId(), HANDLERS);
			case "assigned", "reassigned", "corrected" -> accounts.staffWith(step.agencyId(), HANDLERS);
			case "extension-proposed" -> office(step.agencyId(), Role.DISCLOSURE_OFFICE);
			default -> List.of();
		};
		notifications.send(notice("inforequest." + step.step(), "notification.inforequest.staff." + step.step(),
				staffPage(step.trackingNo()), step.key(), step.trackingNo()), staff);
	}

	@ApplicationModuleListener
	void on(DeadlineApproaching warning) {
		ClockKind kind = ClockKind.ofKey(warning.kind());
		if (!ClockKind.SUBJECT_TYPE.equals(warning.subjectType()) || kind == null) {
			return;
		}
		requests.find(warning.subjectId()).filter(RequestSnapshot::open).ifPresent(request -> {
			String key = "deadline:" + warning.timeLimitId() + ":approaching:" + warning.deadline();
			List<String> args = List.of(request.trackingNo(), warning.deadline().toString(),
					Integer.toString(warning.remainingWorkingDays()));
			if (kind == ClockKind.CORRECTION || kind == ClockKind.FEE) {
				if (request.applicant().accountId() != null) {
					notifications.send(new Notice("deadline.approaching", "notification.inforequest.applicantDue."
							+ kind.name().toLowerCase(), args, applicantPage(request.trackingNo()), key),
							List.of(request.applicant().accountId()));
				}
				return;
			}
			notifications.send(new Notice("deadline.approaching", "notification.deadline.approaching." + kind.key(),
					args, staffPage(request.trackingNo()), key), accounts.staffWith(request.agencyId(), HANDLERS));
			if (kind == ClockKind.REPLY) {
				note(request, "deadline-approaching", warning.deadline(), warning.remainingWorkingDays());
			}
		});
	}

	@ApplicationModuleListener
	void on(DeadlineMissed missed) {
		if (!ClockKind.SUBJECT_TYPE.equals(missed.subjectType()) || ClockKind.ofKey(missed.kind()) != ClockKind.REPLY) {
			return;
		}
		requests.find(missed.subjectId()).filter(RequestSnapshot::open).ifPresent(request -> {
			List<Long> told = new ArrayList<>(accounts.staffWith(request.agencyId(), HANDLERS));
			told.addAll(office(request.agencyId(), SUPERVISION.toArray(Role[]::new)));
			notifications.send(new Notice("deadline.missed", "notification.deadline.missed." + missed.kind(),
					List.of(request.trackingNo(), missed.deadline().toString(),
							Integer.toString(missed.overdueWorkingDays())),
					staffPage(request.trackingNo()), "deadline:" + missed.timeLimitId() + ":missed:" + missed.deadline()),
					told);
			note(request, "deadline-missed", missed.deadline(), missed.overdueWorkingDays());
		});
	}

	/** Staff holding {@code roles} in the agency itself or any organisation above it (the offices that oversee it). */
	private List<Long> office(long agencyId, Role... roles) {
		Set<Role> wanted = EnumSet.of(roles[0], roles);
		return organisations.find(agencyId).map(Organisation::lineage).orElse(List.of(agencyId)).stream()
			.flatMap(id -> accounts.staffWith(id, wanted).stream()).toList();
	}

	private void note(RequestSnapshot request, String action, LocalDate deadline, int workingDays) {
		timeline.append(request.id(), List.of(new Happened(action, LocalDate.now(clock), null, null, deadline,
				Integer.toString(workingDays), false)), clock.instant());
	}

	private static Notice notice(String kind, String titleKey, String url, String key, String trackingNo) {
		return new Notice(kind, titleKey, List.of(trackingNo), url, key);
	}

	private static String applicantPage(String trackingNo) {
		return "/account/requests/" + trackingNo;
	}

	private static String staffPage(String trackingNo) {
		return "/workbench/requests/" + trackingNo;
	}
}
