package org.yangguang.services.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.DeadlineApproaching;
import org.yangguang.calendar.DeadlineMissed;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.Role;
import org.yangguang.notification.Notice;
import org.yangguang.notification.Notifications;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.services.CaseProgressed;
import org.yangguang.services.CaseStatus;
import org.yangguang.services.RatingHandled;
import org.yangguang.services.ServiceRatings;

/**
 * 办件提醒 — who hears about a case:
 * <ul>
 * <li>the applicant (with an account), of every notice: received, one-time notice, accepted, refused, paused and
 * resumed, decided, delivered; and of every result of their rating;</li>
 * <li>the centre's windows, of cases waiting for their pre-check or delivery;</li>
 * <li>the deciding department's clerks and leaders, of a case accepted for them and of a supplement received;
 * of a bad rating to rectify;</li>
 * <li>when a case's deadline is near or missed: the windows, the department and the supervisors above it (督办).</li>
 * </ul>
 */
@Component
class CaseAlerts {

	private static final Set<Role> HANDLERS = EnumSet.of(Role.CLERK, Role.LEADER);
	private static final Set<String> TOLD_TO_APPLICANT = Set.of("submitted", "notice", "supplemented", "accepted",
			"refused", "paused", "resumed", "decided", "fee-charged", "certified", "delivered");

	private final Notifications notifications;
	private final Accounts accounts;
	private final Organisations organisations;
	private final CaseRepository cases;
	private final String centreCode;

	CaseAlerts(Notifications notifications, Accounts accounts, Organisations organisations, CaseRepository cases,
			@Value("${yangguang.services.centre:}") String centreCode) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.organisations = organisations;
		this.cases = cases;
		this.centreCode = centreCode;
	}

	@ApplicationModuleListener
	void on(CaseProgressed step) {
		if (step.applicantAccountId() != null && TOLD_TO_APPLICANT.contains(step.action())) {
			notifications.send(new Notice("services." + step.action(), "notification.services.applicant." + step.action(),
					List.of(step.caseNo()), "/account/cases/" + step.caseNo(), step.key()),
					List.of(step.applicantAccountId()));
		}
		List<Long> staff = switch (step.action()) {
			case "submitted" -> windows();
			case "supplemented" -> step.status() == CaseStatus.SUBMITTED ? windows()
					: accounts.staffWith(step.departmentId(), HANDLERS);
			case "accepted" -> accounts.staffWith(step.departmentId(), HANDLERS);
			case "decided" -> windows();
			default -> List.of();
		};
		notifications.send(new Notice("services." + step.action(), "notification.services.staff." + step.action(),
				List.of(step.caseNo()), "/workbench/cases/" + step.caseNo(), step.key()), staff);
	}

	@ApplicationModuleListener
	void on(DeadlineApproaching warning) {
		if (!CaseWorkflow.SUBJECT.equals(warning.subjectType())) {
			if (ServiceRatings.SUBJECT.equals(warning.subjectType())) {
				rectification(warning.subjectId(), "approaching", warning.deadline().toString(),
						"deadline:" + warning.timeLimitId() + ":approaching:" + warning.deadline());
			}
			return;
		}
		cases.find(warning.subjectId()).filter(c -> c.status().open()).ifPresent(c -> {
			List<Long> told = new ArrayList<>(accounts.staffWith(c.departmentId(), HANDLERS));
			told.addAll(windows());
			notifications.send(new Notice("deadline.approaching", "notification.services.deadline.approaching",
					List.of(c.caseNo(), warning.deadline().toString(), Integer.toString(warning.remainingWorkingDays())),
					"/workbench/cases/" + c.caseNo(),
					"deadline:" + warning.timeLimitId() + ":approaching:" + warning.deadline()), told);
		});
	}

	@ApplicationModuleListener
	void on(DeadlineMissed missed) {
		if (!CaseWorkflow.SUBJECT.equals(missed.subjectType())) {
			if (ServiceRatings.SUBJECT.equals(missed.subjectType())) {
				rectification(missed.subjectId(), "missed", missed.deadline().toString(),
						"deadline:" + missed.timeLimitId() + ":missed:" + missed.deadline());
			}
			return;
		}
		cases.find(missed.subjectId()).filter(c -> c.status().open()).ifPresent(c -> {
			List<Long> told = new ArrayList<>(accounts.staffWith(c.departmentId(), HANDLERS));
			told.addAll(windows());
			told.addAll(above(c.departmentId(), Role.SUPERVISOR));
			notifications.send(new Notice("deadline.missed", "notification.services.deadline.missed",
					List.of(c.caseNo(), missed.deadline().toString(), Integer.toString(missed.overdueWorkingDays())),
					"/workbench/cases/" + c.caseNo(), "deadline:" + missed.timeLimitId() + ":missed:" + missed.deadline()),
					told);
		});
	}

	@ApplicationModuleListener
	void on(RatingHandled rating) {
		if (rating.action().equals("bad-rating") || rating.action().equals("appeal-rejected")) {
			notifications.send(new Notice("services.rating", "notification.services.rating.department." + rating.action(),
					List.of(rating.caseNo()), "/workbench/ratings", rating.key()),
					accounts.staffWith(rating.departmentId(), HANDLERS));
		}
		if (rating.action().equals("appealed")) {
			notifications.send(new Notice("services.rating", "notification.services.rating.supervisor.appealed",
					List.of(rating.caseNo()), "/workbench/ratings", rating.key()),
					above(rating.departmentId(), Role.SUPERVISOR));
		}
		if (rating.raterAccountId() != null && !rating.action().equals("appealed")) {
			notifications.send(new Notice("services.rating", "notification.services.rating.rater." + rating.action(),
					List.of(rating.caseNo()), "/account/cases/" + rating.caseNo(), rating.key()),
					List.of(rating.raterAccountId()));
		}
	}

	private void rectification(String ratingId, String what, String deadline, String key) {
		// the department of the rating: read through the case it belongs to
		cases.ratingDepartment(Long.parseLong(ratingId)).ifPresent(department -> notifications.send(
				new Notice("deadline." + what, "notification.services.rating.deadline." + what,
						List.of(ratingId, deadline), "/workbench/ratings", key),
				accounts.staffWith(department, HANDLERS)));
	}

	/** The window staff of the service centre (政务服务中心). */
	private List<Long> windows() {
		return centres().stream().flatMap(o -> accounts.staffWith(o.id(), EnumSet.of(Role.WINDOW)).stream()).toList();
	}

	private List<Organisation> centres() {
		if (!centreCode.isBlank()) {
			return organisations.findByCode(centreCode).stream().toList();
		}
		return organisations.active().stream().filter(o -> o.name().contains("政务服务中心")).toList();
	}

	/** Staff holding {@code role} in the organisation or any organisation above it. */
	private List<Long> above(long organisationId, Role role) {
		return organisations.find(organisationId).map(Organisation::lineage).orElse(List.of(organisationId)).stream()
			.flatMap(id -> accounts.staffWith(id, EnumSet.of(role)).stream()).toList();
	}
}
