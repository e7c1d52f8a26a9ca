package org.yangguang.consultation.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.consultation.HearingKind;
import org.yangguang.consultation.HearingView;
import org.yangguang.consultation.Hearings;
import org.yangguang.consultation.NewHearing;
import org.yangguang.consultation.SelectionRule;
import org.yangguang.shared.CreatedWithLocation;
import org.yangguang.shared.ProblemResponses;
import org.yangguang.shared.RuleViolationException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 听证会与新闻发布会 in the API: announce, register, select by the recorded rule, publish the record. */
@RestController
@RequestMapping("/api/v1/hearings")
@Tag(name = "Hearings", description = "听证会与新闻发布会: announced with seats and a selection rule, registered for, "
		+ "selected, held and published with the transcript and video")
@ProblemResponses({ HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
class HearingApiController {

	private final Hearings hearings;

	HearingApiController(Hearings hearings) {
		this.hearings = hearings;
	}

	record AnnounceBody(String kind, String title, String org, Long consultation, LocalDateTime heldAt, String place,
			Integer capacity, String rule, LocalDate registrationClosesOn, String materials) {
	}

	record RegisterBody(String statement) {
	}

	record RecordBody(String transcript, String videoUrl) {
	}

	record Items(List<HearingJson> items) {
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Announce a hearing (kind hearing) or press conference (press-conference)")
	@CreatedWithLocation
	@PostMapping
	ResponseEntity<HearingJson> announce(@RequestBody AnnounceBody b) {
		HearingKind kind = HearingKind.of(b.kind())
			.orElseThrow(() -> RuleViolationException.onField("kind", "consultation.hearing.error.kind"));
		SelectionRule rule = b.rule() == null ? null : SelectionRule.of(b.rule())
			.orElseThrow(() -> RuleViolationException.onField("rule", "consultation.hearing.error.rule"));
		HearingView v = hearings.announce(new NewHearing(kind, b.title(), b.org(), b.consultation(), b.heldAt(),
				b.place(), b.capacity() == null ? 0 : b.capacity(), rule, b.registrationClosesOn(), b.materials()));
		return ResponseEntity.created(URI.create("/api/v1/hearings/" + v.id())).body(HearingJson.of(v));
	}

	@Operation(summary = "Hearings and press conferences, latest first")
	@GetMapping
	Items all() {
		return new Items(hearings.all().stream().map(HearingJson::of).toList());
	}

	@Operation(summary = "One hearing; staff of the organisation see the registrants")
	@GetMapping("/{id}")
	HearingJson one(@PathVariable long id) {
		return HearingJson.of(hearings.view(id));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Register to take part (a citizen, once, while the registration is open)")
	@PostMapping("/{id}/registrations")
	HearingJson register(@PathVariable long id, @RequestBody(required = false) RegisterBody body) {
		return HearingJson.of(hearings.register(id, body == null ? null : body.statement()));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Select the participants by the recorded rule, after the registration closed")
	@PostMapping("/{id}/select")
	HearingJson select(@PathVariable long id) {
		return HearingJson.of(hearings.select(id));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Publish the minutes or transcript and the video link, once it was held")
	@PostMapping("/{id}/record")
	HearingJson record(@PathVariable long id, @RequestBody RecordBody body) {
		return HearingJson.of(hearings.publishRecord(id, body.transcript(), body.videoUrl()));
	}
}
