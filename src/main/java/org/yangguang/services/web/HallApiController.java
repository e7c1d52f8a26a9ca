package org.yangguang.services.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.services.HallScreen;
import org.yangguang.services.HallWindow;
import org.yangguang.services.QueueTicket;
import org.yangguang.services.ServiceHall;
import org.yangguang.shared.CreatedWithLocation;
import org.yangguang.shared.ProblemResponses;
import org.yangguang.shared.RuleViolationException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 大厅 in the API: the calling screen and kiosk are public; appointments are a citizen's; calling is the window's. */
@RestController
@RequestMapping("/api/v1/hall")
@Tag(name = "Service hall", description = "大厅: windows and roster, queue tickets from the kiosk, online appointments"
		+ " for half-hour slots on working days, calling the next ticket, the calling screen")
@ProblemResponses({ HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
class HallApiController {

	private final ServiceHall hall;

	HallApiController(ServiceHall hall) {
		this.hall = hall;
	}

	record TicketBody(String item) {
	}

	record AppointmentBody(String item, String date, String slot) {
	}

	record WindowBody(String name, String department, Boolean open) {
	}

	record Called(QueueTicket ticket) {
	}

	@Operation(summary = "The calling screen: tickets called today, how many wait, the estimated wait")
	@GetMapping("/screen")
	HallScreen screen() {
		return hall.screen();
	}

	@Operation(summary = "The windows with today's staff on duty")
	@GetMapping("/windows")
	List<HallWindow> windows() {
		return hall.windows();
	}

	@Operation(summary = "Take a number for an item at the kiosk (no account needed)")
	@CreatedWithLocation
	@PostMapping("/tickets")
	ResponseEntity<QueueTicket> take(@RequestBody TicketBody body) {
		QueueTicket t = hall.take(body.item());
		return ResponseEntity.created(URI.create("/api/v1/hall/tickets/" + t.id())).body(t);
	}

	@Operation(summary = "A ticket: its number, status, people ahead and estimated wait")
	@GetMapping("/tickets/{id}")
	QueueTicket ticket(@PathVariable long id) {
		return hall.get(id);
	}

	@Operation(summary = "Book a half-hour slot on a working day (citizen accounts)")
	@SecurityRequirement(name = "bearerAuth")
	@CreatedWithLocation
	@ProblemResponses(HttpStatus.FORBIDDEN)
	@PostMapping("/appointments")
	ResponseEntity<QueueTicket> book(@RequestBody AppointmentBody body) {
		QueueTicket t = hall.book(body.item(), date(body.date()), time(body.slot()));
		return ResponseEntity.created(URI.create("/api/v1/hall/tickets/" + t.id())).body(t);
	}

	@Operation(summary = "Create or change a window (administrators and the centre)")
	@SecurityRequirement(name = "bearerAuth")
	@ProblemResponses(HttpStatus.FORBIDDEN)
	@PostMapping("/windows/{code}")
	List<HallWindow> saveWindow(@PathVariable String code, @RequestBody WindowBody body) {
		hall.saveWindow(code, body.name(), body.department(), !Boolean.FALSE.equals(body.open()));
		return hall.windows();
	}

	@Operation(summary = "Call the next ticket this window may serve (window staff); null when nobody waits")
	@SecurityRequirement(name = "bearerAuth")
	@ProblemResponses(HttpStatus.FORBIDDEN)
	@PostMapping("/windows/{code}/call-next")
	Called callNext(@PathVariable String code) {
		return new Called(hall.callNext(code).orElse(null));
	}

	@Operation(summary = "The person called did not come (过号)")
	@SecurityRequirement(name = "bearerAuth")
	@ProblemResponses(HttpStatus.FORBIDDEN)
	@PostMapping("/tickets/{id}/no-show")
	QueueTicket noShow(@PathVariable long id) {
		return hall.noShow(id);
	}

	@Operation(summary = "The person was served; the case opened from the ticket, if any, is recorded on it")
	@SecurityRequirement(name = "bearerAuth")
	@ProblemResponses(HttpStatus.FORBIDDEN)
	@PostMapping("/tickets/{id}/served")
	QueueTicket served(@PathVariable long id, @RequestBody(required = false) java.util.Map<String, String> body) {
		return hall.served(id, body == null ? null : body.get("caseNo"));
	}

	static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw RuleViolationException.onField("date", "services.error.dateFormat", value);
		}
	}

	static LocalTime time(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw RuleViolationException.onField("slot", "services.error.slotTime");
		}
	}
}
