package org.yangguang.meetings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.meetings.MeetingKind;
import org.yangguang.meetings.NewMinutes;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.RuleViolationException;

/**
 * What makes minutes complete: kind, title and the meeting date (not in the future); at least one item, each with
 * its decision; a lead unit that exists; for an item with a lead unit exactly one due form — a date after the
 * meeting or 1 to {@value TimeLimit#MAX_WORKING_DAYS} working days — and for an item without one at most one. A
 * number (第N次) given must be free for the organisation, kind and year; otherwise the next one is taken.
 */
@Component
public class MinutesRules {

	private final Organisations organisations;
	private final MinutesRepository minutes;

	MinutesRules(Organisations organisations, MinutesRepository minutes) {
		this.organisations = organisations;
		this.minutes = minutes;
	}

	public Minutes check(NewMinutes n, long organisationId, LocalDate today, String actor) {
		if (n.kind() == null) {
			throw RuleViolationException.onField("kind", "meetings.error.required.kind");
		}
		String title = text("title", n.title(), 200, true);
		if (n.heldOn() == null) {
			throw RuleViolationException.onField("heldOn", "meetings.error.required.heldOn");
		}
		if (n.heldOn().isAfter(today)) {
			throw RuleViolationException.onField("heldOn", "meetings.error.heldInFuture", n.heldOn());
		}
		int number;
		if (n.number() != null) {
			if (n.number() < 1 || minutes.numberTaken(organisationId, n.kind(), n.heldOn().getYear(), n.number())) {
				throw RuleViolationException.onField("number", "meetings.error.numberTaken", n.number());
			}
			number = n.number();
		}
		else {
			number = minutes.nextNumber(organisationId, n.kind(), n.heldOn().getYear());
		}
		if (n.items().isEmpty()) {
			throw RuleViolationException.onField("items", "meetings.error.noItems");
		}
		List<Minutes.Item> items = new ArrayList<>();
		for (int i = 0; i < n.items().size(); i++) {
			items.add(item(n.items().get(i), i, n.heldOn()));
		}
		return new Minutes(null, organisationId, n.kind(), number, title, n.heldOn(),
				text("place", n.place(), 200, false), text("host", n.host(), 200, false), names(n.attendees()),
				names(n.nonVoting()), names(n.absentees()), text("recorder", n.recorder(), 100, false), actor, items);
	}

	private Minutes.Item item(NewMinutes.NewItem i, int index, LocalDate heldOn) {
		String f = "items[" + index + "].";
		String decision = text(f + "decision", i.decision(), 8000, true);
		String topic = text(f + "topic", i.topic(), 400, false);
		if (topic == null) {
			topic = decision.length() > 40 ? decision.substring(0, 40) + "…" : decision;
		}
		Long lead = null;
		if (i.lead() != null && !i.lead().isBlank()) {
			lead = organisations.findByCode(i.lead().strip()).filter(o -> !o.retired()).map(Organisation::id)
				.orElseThrow(() -> RuleViolationException.onField(f + "lead", "meetings.error.organisationUnknown",
						i.lead()));
		}
		if (i.dueOn() != null && i.dueWorkingDays() != null) {
			throw RuleViolationException.onField(f + "dueWorkingDays", "meetings.error.dueBoth", index + 1);
		}
		if (lead != null && i.dueOn() == null && i.dueWorkingDays() == null) {
			throw RuleViolationException.onField(f + "dueWorkingDays", "meetings.error.dueMissing", index + 1);
		}
		if (i.dueWorkingDays() != null && (i.dueWorkingDays() < 1 || i.dueWorkingDays() > TimeLimit.MAX_WORKING_DAYS)) {
			throw RuleViolationException.onField(f + "dueWorkingDays", "meetings.error.dueWorkingDays",
					TimeLimit.MAX_WORKING_DAYS);
		}
		if (i.dueOn() != null && !i.dueOn().isAfter(heldOn)) {
			throw RuleViolationException.onField(f + "dueOn", "meetings.error.dueBeforeMeeting", i.dueOn());
		}
		List<Minutes.DocumentLine> documents = i.documents().stream()
			.filter(d -> d != null && d.title() != null && !d.title().isBlank())
			.map(d -> new Minutes.DocumentLine(d.title().strip().replace("|", "/").replace("\n", " "),
					d.url() == null || d.url().isBlank() ? null : d.url().strip()))
			.toList();
		return new Minutes.Item(index + 1, topic, text(f + "discussion", i.discussion(), 8000, false), decision, lead,
				text(f + "cooperating", i.cooperating(), 1000, false), i.dueOn(), i.dueWorkingDays(), i.isPublic(),
				text(f + "consultationId", i.consultationId(), 40, false), documents);
	}

	/** The organisation "由…牵头" names: its full name, or the name without the county ("县教育局"). */
	public Optional<Organisation> leadCalled(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String wanted = shortName(name.strip());
		return leadUnits().stream().filter(o -> shortName(o.name()).equals(wanted)).findFirst();
	}

	private static String shortName(String name) {
		return name.replaceFirst("^余庆县?", "").replaceFirst("^县", "");
	}

	public List<Organisation> leadUnits() {
		return organisations.inTreeOrder().stream().filter(o -> !o.retired())
			.filter(o -> o.kind() != OrganisationKind.VILLAGE).toList();
	}

	public Optional<Organisation> organisation(long id) {
		return organisations.find(id);
	}

	private static String text(String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw RuleViolationException.onField(field, "meetings.error.required." + field.replaceAll(".*\\.", ""),
						itemNumber(field));
			}
			return null;
		}
		if (value.length() > max) {
			throw RuleViolationException.onField(field, "meetings.error.tooLong", field, max);
		}
		return value.strip();
	}

	/** "items[2].decision" is item 3. */
	private static int itemNumber(String field) {
		var m = java.util.regex.Pattern.compile("^items\\[(\\d+)]").matcher(field);
		return m.find() ? Integer.parseInt(m.group(1)) + 1 : 0;
	}

	private static List<String> names(List<String> names) {
		return names.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
	}
}
