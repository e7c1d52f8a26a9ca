package org.yangguang.meetings.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.yangguang.calendar.TimeLimitState;
import org.yangguang.calendar.TimeLimitStatus;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.meetings.MinutesRow;
import org.yangguang.meetings.MinutesView;
import org.yangguang.meetings.NewMinutes;
import org.yangguang.meetings.TaskState;
import org.yangguang.meetings.TaskView;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;

/** Minutes and tasks as their readers see them: organisation names, deadlines from the time limits, allowed steps. */
@Component
public class MeetingViews {

	private final Organisations organisations;
	private final TaskRepository tasks;
	private final MeetingWorkflow workflow;
	private final MeetingAccess access;

	MeetingViews(Organisations organisations, TaskRepository tasks, MeetingWorkflow workflow, MeetingAccess access) {
		this.organisations = organisations;
		this.tasks = tasks;
		this.workflow = workflow;
		this.access = access;
	}

	/** The lead units of the minutes' items. */
	public Set<Long> leads(Minutes m) {
		return m.items().stream().map(Minutes.Item::leadOrgId).filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
	}

	/** In full ({@code publicOnly} false) or the published version: public items only. */
	public MinutesView view(Minutes m, boolean publicOnly) {
		Organisation org = organisations.get(m.organisationId());
		Map<Integer, FollowUpTask> taskOf = tasks.ofMinutes(m.id()).stream()
			.collect(Collectors.toMap(FollowUpTask::itemSeq, Function.identity()));
		List<MinutesView.Item> items = m.items().stream().filter(i -> !publicOnly || i.isPublic()).map(i -> {
			FollowUpTask t = taskOf.get(i.seq());
			Organisation lead = i.leadOrgId() == null ? null : organisations.find(i.leadOrgId()).orElse(null);
			return new MinutesView.Item(i.seq(), i.topic(), i.discussion(), i.decision(),
					lead == null ? null : lead.code(), lead == null ? null : lead.name(), i.cooperating(), i.dueOn(),
					i.dueWorkingDays(), i.isPublic(), i.consultationId(),
					i.documents().stream().map(d -> new NewMinutes.DocumentLink(d.title(), d.url())).toList(),
					publicOnly || t == null ? null : t.id(), t == null ? null : t.dueOn(),
					publicOnly || t == null ? null : t.state());
		}).toList();
		boolean mayPublish = !publicOnly && !m.published() && access.currentUser()
			.filter(u -> u.hasAny(Role.DISCLOSURE_OFFICE, Role.LEADER) && access.covers(m.organisationId()))
			.isPresent();
		return new MinutesView(m.id(), m.kind(), m.number(), m.title(), heading(m, org), m.heldOn(), m.place(),
				m.host(), m.attendees(), m.nonVoting(), m.absentees(), m.recorder(), org.code(), org.name(),
				m.published(), m.publishedOn(), m.approvedBy(), publicOnly ? null : m.createdBy(), items, !publicOnly,
				mayPublish);
	}

	public MinutesRow row(Minutes m) {
		Organisation org = organisations.get(m.organisationId());
		int withLead = (int) m.items().stream().filter(i -> i.leadOrgId() != null).count();
		return new MinutesRow(m.id(), m.kind(), m.number(), m.title(), heading(m, org), m.heldOn(), org.name(),
				m.published(), m.items().size(), withLead);
	}

	/** 余庆县人民政府常务会议纪要, 余庆县教育局党政联席会纪要. */
	static String heading(Minutes m, Organisation org) {
		return issuer(org) + m.kind().label() + "纪要";
	}

	static String issuer(Organisation org) {
		String name = org.name();
		if (org.kind() == OrganisationKind.GOVERNMENT && !name.endsWith("政府")
				|| org.kind() == OrganisationKind.TOWNSHIP && (name.endsWith("镇") || name.endsWith("乡"))) {
			return name + "人民政府";
		}
		if (org.kind() == OrganisationKind.TOWNSHIP && name.endsWith("街道")) {
			return name + "办事处";
		}
		return name;
	}

	public TaskView task(FollowUpTask t, Minutes m, CurrentUser user, boolean withHistory) {
		Organisation lead = organisations.get(t.leadOrgId());
		TimeLimitStatus limit = workflow.timeLimit(t);
		boolean done = t.state() == TaskState.DONE;
		boolean overdue = !done && limit != null && limit.state() == TimeLimitState.OVERDUE;
		String deadlineState = limit == null ? null : done ? "done" : limit.state().name().toLowerCase(java.util.Locale.ROOT);
		String topic = m.items().stream().filter(i -> i.seq() == t.itemSeq()).map(Minutes.Item::topic).findFirst()
			.orElse(null);
		return new TaskView(t.id(), m.id(), m.title(), heading(m, organisations.get(m.organisationId())),
				t.itemSeq(), topic, t.decision(), lead.code(), lead.name(), m.heldOn(),
				limit == null ? t.dueOn() : limit.deadline(), deadlineState,
				limit == null || done ? null : limit.remainingWorkingDays(), overdue, t.state(), t.doneOn(),
				t.extensionDays(), t.extensionReason(), t.extensionStatus(),
				withHistory ? tasks.events(t.id()) : List.of(), actions(t, m, user));
	}

	private Set<String> actions(FollowUpTask t, Minutes m, CurrentUser user) {
		Set<String> actions = new LinkedHashSet<>();
		if (access.isLeadUnit(user, t)) {
			if (TaskTransitions.allows(t.state(), TaskTransitions.Step.REPORT)) {
				actions.add("progress");
			}
			if (TaskTransitions.allows(t.state(), TaskTransitions.Step.ASK_EXTENSION)
					&& !"asked".equals(t.extensionStatus())) {
				actions.add("extension");
			}
		}
		if (access.isOffice(user, m.organisationId())) {
			if (TaskTransitions.allows(t.state(), TaskTransitions.Step.VERIFY)) {
				actions.add("verify");
			}
			if ("asked".equals(t.extensionStatus())
					&& TaskTransitions.allows(t.state(), TaskTransitions.Step.DECIDE_EXTENSION)) {
				actions.add("decide-extension");
			}
		}
		return actions;
	}
}
