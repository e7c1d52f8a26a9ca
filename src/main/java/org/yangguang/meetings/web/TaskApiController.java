package org.yangguang.meetings.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.meetings.MeetingTasks;
import org.yangguang.shared.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 督办事项 in the API: the follow-up tasks of the meetings' decisions, for staff. The lead unit reports progress,
 * reports done and asks for extensions; the office verifies and decides extensions. A task the caller may not see
 * is 404, a step of another role 403, a step its state does not allow 409.
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Meeting tasks", description = "督办事项: each decision with a lead unit, due on the working-day "
		+ "calendar from the meeting date, reported by the lead unit and verified by the office")
@SecurityRequirement(name = "bearerAuth")
@ProblemResponses({ HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
class TaskApiController {

	private final MeetingTasks tasks;

	TaskApiController(MeetingTasks tasks) {
		this.tasks = tasks;
	}

	record TaskList(List<TaskJson> items) {
	}

	record ProgressBody(String note, Boolean done) {
	}

	record VerifyBody(Boolean accepted, String note) {
	}

	record ExtensionBody(Integer workingDays, String reason) {
	}

	record DecisionBody(Boolean grant, Boolean approve, String note) {
	}

	@Operation(summary = "Tasks the caller sees, by lead unit (organisation code) and state: open, reported, done, "
			+ "overdue; overdue first, then soonest due")
	@GetMapping
	TaskList list(@RequestParam(required = false) String lead, @RequestParam(required = false) String state) {
		return new TaskList(tasks.list(lead, state).stream().map(TaskJson::of).toList());
	}

	@Operation(summary = "A task with its history and the steps the caller may take")
	@GetMapping("/{id}")
	TaskJson one(@PathVariable long id) {
		return TaskJson.of(tasks.view(id));
	}

	@Operation(summary = "The lead unit reports progress (stays open) or, with done=true, reports it done (reported)")
	@PostMapping("/{id}/progress")
	TaskJson progress(@PathVariable long id, @RequestBody ProgressBody body) {
		return TaskJson.of(tasks.progress(id, body.note(), Boolean.TRUE.equals(body.done())));
	}

	@Operation(summary = "The office verifies a reported task: accepted=true makes it done, false sends it back")
	@PostMapping("/{id}/verify")
	TaskJson verify(@PathVariable long id, @RequestBody VerifyBody body) {
		return TaskJson.of(tasks.verify(id, Boolean.TRUE.equals(body.accepted()), body.note()));
	}

	@Operation(summary = "The lead unit asks for an extension of some working days, with the reason")
	@PostMapping("/{id}/extension")
	TaskJson extension(@PathVariable long id, @RequestBody ExtensionBody body) {
		return TaskJson.of(tasks.askExtension(id, body.workingDays(), body.reason()));
	}

	@Operation(summary = "The office grants (grant=true: the due date moves) or refuses the extension")
	@PostMapping("/{id}/extension/decision")
	TaskJson decide(@PathVariable long id, @RequestBody DecisionBody body) {
		boolean grant = Boolean.TRUE.equals(body.grant()) || Boolean.TRUE.equals(body.approve());
		return TaskJson.of(tasks.decideExtension(id, grant, body.note()));
	}
}
