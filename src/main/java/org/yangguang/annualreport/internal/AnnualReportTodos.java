package org.yangguang.annualreport.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.identity.CurrentUser;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.workbench.TodoItem;
import org.yangguang.workbench.TodoSource;

/**
 * 待办: the previous year's report of the user's own organisation, until it is published — due soon within
 * {@code yangguang.annualreport.due-soon-working-days} (default 10) working days of the legal date, overdue after it
 * — and a correction under way, until the corrected report is published.
 */
@Component
class AnnualReportTodos implements TodoSource {

	static final String KIND = "annualreport.todo.kind";

	private final Organisations organisations;
	private final AnnualReportRepository repository;
	private final WorkingCalendar calendar;
	private final MessageSource messages;
	private final Clock clock;
	private final int dueSoonWorkingDays;

	AnnualReportTodos(Organisations organisations, AnnualReportRepository repository, WorkingCalendar calendar,
			MessageSource messages, Clock clock,
			@Value("${yangguang.annualreport.due-soon-working-days:10}") int dueSoonWorkingDays) {
		this.organisations = organisations;
		this.repository = repository;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
		this.dueSoonWorkingDays = dueSoonWorkingDays;
	}

	@Override
	public List<TodoItem> todosFor(CurrentUser user) {
		if (!user.staff() || user.organisationId() == null || !user.hasAny(ReportRoles.WRITERS)) {
			return List.of();
		}
		Organisation organisation = organisations.find(user.organisationId()).orElse(null);
		if (organisation == null || organisation.retired()
				|| !ReportRoles.REPORTING_KINDS.contains(organisation.kind())) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear() - 1;
		Optional<StoredReport> stored = repository.find(organisation.id(), year);
		if (stored.filter(StoredReport::locked).isPresent()) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		String title = messages.getMessage("annualreport.todo.title", new Object[] { year }, locale);
		String link = "/workbench/reports/" + organisation.code() + "/" + year;
		if (stored.filter(StoredReport::correcting).isPresent()) {
			return List.of(new TodoItem(KIND, title, messages.getMessage("annualreport.todo.correcting",
					new Object[] { organisation.name(), stored.get().correctionReason() }, locale), link, null, "none",
					null));
		}
		LocalDate due = PublicationDeadline.forReport(organisation.kind(), year);
		int remaining = remainingWorkingDays(today, due);
		String state = today.isAfter(due) ? "overdue" : remaining <= dueSoonWorkingDays ? "due_soon" : "on_time";
		return List.of(new TodoItem(KIND, title, messages.getMessage("annualreport.todo.summary",
				new Object[] { organisation.name(), due.toString() }, locale), link, due, state, remaining));
	}

	/** Working days after today up to the legal date; negative (working days since) once it has passed. */
	private int remainingWorkingDays(LocalDate today, LocalDate due) {
		if (today.isBefore(due)) {
			return calendar.workingDaysBetween(today.plusDays(1), due).workingDays();
		}
		if (today.isAfter(due)) {
			return -calendar.workingDaysBetween(due.plusDays(1), today).workingDays();
		}
		return 0;
	}
}
