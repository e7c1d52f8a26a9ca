package org.yangguang.services.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.services.Rating;
import org.yangguang.services.RatingGroup;
import org.yangguang.services.ServiceRatings;
import org.yangguang.services.ServiceStatistics;
import org.yangguang.shared.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The centre's public figures (stable contract: {@code {"received", "accepted", "decided", "onTime", "onTimeRate",
 * "instantRate", "ratings": {"count", "bad", "satisfaction"}}}), the public rectification list, and the handling of
 * bad ratings by departments and supervisors.
 */
@RestController
@Tag(name = "Service ratings and statistics", description = "好差评 and the centre's figures: on-time and "
		+ "instant rates, satisfaction, the public rectification list, and the handling of bad ratings")
@ProblemResponses({ HttpStatus.BAD_REQUEST })
class ServiceStatsApiController {

	private final ServiceRatings ratings;

	ServiceStatsApiController(ServiceRatings ratings) {
		this.ratings = ratings;
	}

	record NoteBody(String note) {
	}

	record ReviewBody(Boolean upheld, String note) {
	}

	@Operation(summary = "Case and rating figures for a period (default: this year), one department or all")
	@GetMapping("/api/v1/stats/services")
	ServiceStatistics statistics(@RequestParam(required = false) String dept,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return ratings.statistics(dept, from, to);
	}

	@Operation(summary = "Rating figures per department, window or item (by=department|window|item)")
	@GetMapping("/api/v1/stats/services/ratings")
	List<RatingGroup> groups(@RequestParam(required = false) String by, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		return ratings.groups(by, from, to);
	}

	@Operation(summary = "The public list of bad ratings and how each was handled (差评整改公示)")
	@GetMapping("/api/v1/service-ratings/rectifications")
	List<Rating> rectifications() {
		return ratings.rectificationList(200);
	}

	@Operation(summary = "Rectified (整改): the department's note")
	@SecurityRequirement(name = "bearerAuth")
	@ProblemResponses({ HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
	@PostMapping("/api/v1/service-ratings/{id}/rectify")
	Rating rectify(@PathVariable long id, @RequestBody NoteBody body) {
		return ratings.rectify(id, body.note());
	}

	@Operation(summary = "Unfounded (不属实): the department's explanation")
	@SecurityRequirement(name = "bearerAuth")
	@ProblemResponses({ HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
	@PostMapping("/api/v1/service-ratings/{id}/unfounded")
	Rating unfounded(@PathVariable long id, @RequestBody NoteBody body) {
		return ratings.explainUnfounded(id, body.note());
	}

	@Operation(summary = "Appeal a mistaken or malicious rating (申诉)")
	@SecurityRequirement(name = "bearerAuth")
	@ProblemResponses({ HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
	@PostMapping("/api/v1/service-ratings/{id}/appeal")
	Rating appeal(@PathVariable long id, @RequestBody NoteBody body) {
		return ratings.appeal(id, body.note());
	}

	@Operation(summary = "A supervisor reviews the appeal: upheld removes the rating")
	@SecurityRequirement(name = "bearerAuth")
	@ProblemResponses({ HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
	@PostMapping("/api/v1/service-ratings/{id}/review")
	Rating review(@PathVariable long id, @RequestBody ReviewBody body) {
		return ratings.reviewAppeal(id, Boolean.TRUE.equals(body.upheld()), body.note());
	}

	@Operation(summary = "Record the return visit to a real-name bad rating (回访)")
	@SecurityRequirement(name = "bearerAuth")
	@ProblemResponses({ HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
	@PostMapping("/api/v1/service-ratings/{id}/return-visit")
	Rating returnVisit(@PathVariable long id, @RequestBody NoteBody body) {
		return ratings.returnVisit(id, body.note());
	}
}
