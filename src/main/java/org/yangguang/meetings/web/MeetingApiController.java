package org.yangguang.meetings.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.meetings.MeetingKind;
import org.yangguang.meetings.Meetings;
import org.yangguang.meetings.MinutesRow;
import org.yangguang.meetings.NewMinutes;
import org.yangguang.shared.CreatedWithLocation;
import org.yangguang.shared.ProblemResponses;
import org.yangguang.shared.RuleViolationException;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 会议纪要 in the API: staff write minutes (the items with a lead unit become follow-up tasks) and publish them;
 * published minutes are public with their public items only. A draft is 404 for those who may not read it; a step
 * of another role 403; publishing twice 409.
 */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "会议公开: structured minutes of standing, joint and other meetings — host, "
		+ "attendees, recorder, the decision on each item, the lead unit and due date; published with public items only")
@ProblemResponses({ HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
class MeetingApiController {

	private final Meetings meetings;

	MeetingApiController(Meetings meetings) {
		this.meetings = meetings;
	}

	record CreateBody(String kind, Integer number, String title, String heldOn, String place, String host,
			List<String> attendees, List<String> nonVoting, List<String> absentees, String recorder,
			List<ItemBody> items) {
	}

	/** One item; give the due date as {@code dueOn} (a date) or {@code dueWorkingDays} (from the meeting date). */
	record ItemBody(String topic, String discussion, String decision, String lead, String cooperating, String dueOn,
			Integer dueWorkingDays, @JsonProperty("public") Boolean isPublic, String consultationId,
			List<NewMinutes.DocumentLink> documents) {
	}

	record Created(long id, int number, String status, String url) {
	}

	record MinutesList(List<MinutesRow> items) {
	}

	@Operation(summary = "Write the minutes of a meeting of the caller's organisation (office, leader or clerk); "
			+ "every item with a lead unit becomes a follow-up task due from the meeting date")
	@SecurityRequirement(name = "bearerAuth")
	@CreatedWithLocation
	@PostMapping
	ResponseEntity<Created> create(@RequestBody CreateBody body) {
		List<ItemBody> items = body.items() == null ? List.of() : body.items();
		List<NewMinutes.NewItem> parsed = new java.util.ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			ItemBody b = items.get(i);
			if (b == null) {
				throw RuleViolationException.onField("items[" + i + "].decision", "meetings.error.required.decision", i + 1);
			}
			parsed.add(new NewMinutes.NewItem(b.topic(), b.discussion(), b.decision(), b.lead(), b.cooperating(),
					date("items[" + i + "].dueOn", b.dueOn()), b.dueWorkingDays(), Boolean.TRUE.equals(b.isPublic()),
					b.consultationId(), b.documents()));
		}
		long id = meetings.create(new NewMinutes(body.kind() == null ? null : MeetingKind.ofKey(body.kind()),
				body.number(), body.title(), date("heldOn", body.heldOn()), body.place(), body.host(), body.attendees(),
				body.nonVoting(), body.absentees(), body.recorder(), parsed));
		var v = meetings.view(id);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + id))
			.body(new Created(id, v.number(), "draft", "/workbench/meetings/" + id));
	}

	@Operation(summary = "Published minutes, newest meeting first (public)")
	@GetMapping
	MinutesList published() {
		return new MinutesList(meetings.published());
	}

	@Operation(summary = "Minutes: in full for staff who may read them, otherwise published minutes' public items")
	@GetMapping("/{id}")
	MeetingJson one(@PathVariable long id) {
		return MeetingJson.of(meetings.view(id));
	}

	@Operation(summary = "Publish (签发) the minutes (office or leader covering the meeting's organisation)")
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/{id}/publish")
	MeetingJson publish(@PathVariable long id) {
		return MeetingJson.of(meetings.publish(id));
	}

	static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw RuleViolationException.onField(field, "meetings.error.date", value);
		}
	}
}
