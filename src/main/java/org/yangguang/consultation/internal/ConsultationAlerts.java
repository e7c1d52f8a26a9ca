package org.yangguang.consultation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.DeadlineApproaching;
import org.yangguang.calendar.DeadlineMissed;
import org.yangguang.consultation.ConsultationProgressed;
import org.yangguang.consultation.HearingSelected;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.Role;
import org.yangguang.notification.Notice;
import org.yangguang.notification.Notifications;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/**
 * 征求意见提醒 — reviewers hear of a draft submitted to them, the author of its approval or return; a citizen of their
 * comment moderated (with the reason) and of the adoption report that answers it; the responsible organisation and the
 * disclosure office of an adoption report falling due or overdue, and supervisors of an overdue one.
 */
@Component
class ConsultationAlerts {

	private static final Set<Role> HANDLERS = EnumSet.of(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE);
	private static final Set<Role> REVIEWERS = EnumSet.of(Role.LEADER, Role.DISCLOSURE_OFFICE);

	private final Notifications notifications;
	private final Accounts accounts;
	private final Organisations organisations;
	private final ConsultationRepository consultations;

	ConsultationAlerts(Notifications notifications, Accounts accounts, Organisations organisations,
			ConsultationRepository consultations) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.organisations = organisations;
		this.consultations = consultations;
	}

	@ApplicationModuleListener
	void on(ConsultationProgressed step) {
		Consultation c = consultations.find(step.consultationId()).orElse(null);
		if (c == null) {
			return;
		}
		String id = Long.toString(c.id());
		switch (step.action()) {
			case "submitted" -> send(step, "notification.consultation.submitted", List.of(c.title()),
					"/workbench/consultations/" + id, staff(c.organisationId(), REVIEWERS));
			case "approved", "returned" -> {
				if (c.authorId() != null) {
					send(step, "notification.consultation." + step.action(), List.of(c.title()),
							"/workbench/consultations/" + id, List.of(c.authorId()));
				}
			}
			case "moderated" -> consultations.comment(c.id(), step.commentId())
				.filter(k -> k.accountId() != null && k.moderation() != null)
				.ifPresent(k -> send(step, "notification.consultation.moderated." + k.moderation().key(),
						List.of(c.title()),
						"/consultations/" + id, List.of(k.accountId())));
			case "reported" -> send(step, "notification.consultation.reported", List.of(c.title()),
					"/consultations/" + id + "/report", consultations.comments(c.id()).stream()
						.map(Comment::accountId).filter(Objects::nonNull).distinct().toList());
			default -> {
			}
		}
	}

	private void send(ConsultationProgressed step, String key, List<String> args, String url, List<Long> to) {
		if (!to.isEmpty()) {
			notifications.send(new Notice("consultation." + step.action(), key, args, url, step.key()), to);
		}
	}

	@ApplicationModuleListener
	void on(HearingSelected selection) {
		String key = "hearing:" + selection.hearingId() + ":selected:";
		notifications.send(new Notice("consultation.hearing", "notification.consultation.hearing.selected",
				List.of(selection.title()), "/hearings/" + selection.hearingId(), key + "yes"), selection.selected());
		notifications.send(new Notice("consultation.hearing", "notification.consultation.hearing.notSelected",
				List.of(selection.title()), "/hearings/" + selection.hearingId(), key + "no"), selection.notSelected());
	}

	@ApplicationModuleListener
	void on(DeadlineApproaching warning) {
		if (!ConsultationWorkflow.REPORT_SUBJECT.equals(warning.subjectType())) {
			return;
		}
		open(warning.subjectId()).ifPresent(c -> notifications.send(new Notice("deadline.approaching",
				"notification.consultation.report.approaching",
				List.of(c.title(), warning.deadline().toString(), Integer.toString(warning.remainingWorkingDays())),
				"/workbench/consultations/" + c.id(), "deadline:" + warning.timeLimitId() + ":approaching:"
						+ warning.deadline()),
				staff(c.organisationId(), HANDLERS)));
	}

	@ApplicationModuleListener
	void on(DeadlineMissed missed) {
		if (!ConsultationWorkflow.REPORT_SUBJECT.equals(missed.subjectType())) {
			return;
		}
		open(missed.subjectId()).ifPresent(c -> {
			List<Long> told = new ArrayList<>(staff(c.organisationId(), HANDLERS));
			told.addAll(atTop(Role.SUPERVISOR));
			notifications.send(new Notice("deadline.missed", "notification.consultation.report.missed",
					List.of(c.title(), missed.deadline().toString(), Integer.toString(missed.overdueWorkingDays())),
					"/workbench/consultations/" + c.id(), "deadline:" + missed.timeLimitId() + ":missed:"
							+ missed.deadline()),
					told.stream().distinct().toList());
		});
	}

	private Optional<Consultation> open(String subjectId) {
		return consultations.find(Long.parseLong(subjectId)).filter(c -> c.reportPublishedOn == null);
	}

	/** The organisation's own staff with the roles, and the disclosure office at the top of the tree. */
	private List<Long> staff(long organisationId, Set<Role> roles) {
		Set<Long> ids = new LinkedHashSet<>(accounts.staffWith(organisationId, roles));
		ids.addAll(atTop(Role.DISCLOSURE_OFFICE));
		return List.copyOf(ids);
	}

	private List<Long> atTop(Role role) {
		return organisations.active().stream().filter(o -> o.parentId() == null).map(Organisation::id)
			.flatMap(id -> accounts.staffWith(id, EnumSet.of(role)).stream()).toList();
	}
}
