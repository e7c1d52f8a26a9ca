package org.yangguang.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.identity.CurrentUser;
import org.yangguang.meetings.internal.MeetingAccess;
import org.yangguang.meetings.internal.MeetingViews;
import org.yangguang.meetings.internal.MeetingWorkflow;
import org.yangguang.meetings.internal.MinutesCatalog;
import org.yangguang.meetings.internal.MinutesPdf;
import org.yangguang.meetings.internal.MinutesRepository;
import org.yangguang.meetings.internal.MinutesRules;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.NotFoundException;

/**
 * 会议纪要 — staff write the minutes of a meeting of their organisation (its follow-up tasks start at once, from
 * the meeting date); the office or a leader publishes them (签发); the public read the published minutes' public
 * items as a page, JSON and PDF.
 */
@Service
public class Meetings {

	private final MeetingWorkflow workflow;
	private final MinutesRepository minutes;
	private final MeetingAccess access;
	private final MeetingViews views;
	private final MinutesRules rules;
	private final MinutesPdf pdf;
	private final MinutesCatalog catalog;

	Meetings(MeetingWorkflow workflow, MinutesRepository minutes, MeetingAccess access, MeetingViews views,
			MinutesRules rules, MinutesPdf pdf, MinutesCatalog catalog) {
		this.workflow = workflow;
		this.minutes = minutes;
		this.access = access;
		this.views = views;
		this.rules = rules;
		this.pdf = pdf;
		this.catalog = catalog;
	}

	/** Saves the minutes for the writer's organisation; every item with a lead unit becomes a task. */
	@Transactional
	public long create(NewMinutes minutes) {
		CurrentUser user = access.requireWriter();
		return workflow.save(rules.check(minutes, user.organisationId(), workflow.today(), user.displayName()),
				user.displayName()).id();
	}

	/** 签发 — by the office or a leader covering the meeting's organisation; records who approved. */
	@Transactional
	public MinutesView publish(long id) {
		var m = workflow.loadMinutes(id);
		CurrentUser user = access.requirePublisher(m, views.leads(m));
		MinutesView published = views.view(workflow.publish(id, (x, today) -> x.publish(today, user.displayName())),
				false);
		catalog.publish(publicView(id), published.createdBy());
		return published;
	}

	/** In full for staff who may read them; otherwise the published public items; 404 for a draft. */
	@Transactional(readOnly = true)
	public MinutesView view(long id) {
		var m = workflow.loadMinutes(id);
		if (access.readsInFull(m.organisationId(), views.leads(m))) {
			return views.view(m, false);
		}
		return publicView(id);
	}

	/** The published minutes with their public items only, whoever reads them; 404 for a draft. */
	@Transactional(readOnly = true)
	public MinutesView publicView(long id) {
		var m = minutes.find(id).filter(x -> x.published())
			.orElseThrow(() -> new NotFoundException("meetings.error.notFound", id));
		return views.view(m, true);
	}

	/** The published minutes as a PDF laid out like government minutes, public items only. */
	@Transactional(readOnly = true)
	public byte[] pdf(long id) {
		return pdf.render(publicView(id));
	}

	@Transactional(readOnly = true)
	public List<MinutesRow> published() {
		return minutes.published(200).stream().map(views::row).toList();
	}

	/** The minutes the staff member reads in full, newest meeting first. */
	@Transactional(readOnly = true)
	public List<MinutesRow> workbench() {
		access.requireStaff();
		return minutes.all(300).stream().filter(m -> access.readsInFull(m.organisationId(), views.leads(m)))
			.map(views::row).toList();
	}

	/**
	 * 粘贴拆分 — the items of pasted minutes text, public by default, with the lead unit's code when "由…牵头" names
	 * an organisation (县教育局 finds 余庆县教育局).
	 */
	public List<NewMinutes.NewItem> split(String text) {
		List<NewMinutes.NewItem> items = new ArrayList<>();
		for (MinutesSplitter.SplitItem s : MinutesSplitter.split(text)) {
			items.add(new NewMinutes.NewItem(s.topic(), null, s.decision(),
					rules.leadCalled(s.lead()).map(Organisation::code).orElse(null), null, null, s.dueWorkingDays(),
					true, null, List.of()));
		}
		return items;
	}

	/** Active organisations a lead unit may be chosen from. */
	public List<Organisation> leadUnits() {
		return rules.leadUnits();
	}

	/** The writer's organisation, for the form. */
	public Optional<Organisation> writersOrganisation() {
		return access.currentUser().map(CurrentUser::organisationId).flatMap(rules::organisation);
	}

	public LocalDate today() {
		return workflow.today();
	}
}
