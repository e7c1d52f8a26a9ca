package org.yangguang.appeals.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.appeals.AppealFigures;
import org.yangguang.appeals.AppealStatistics;
import org.yangguang.appeals.WallEntry;
import org.yangguang.shared.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The hotline's public figures (stable contract: {@code {"received", "replied", "completed", "satisfied",
 * "replyRate", "completionRate", "satisfactionRate", "formulas"}}) and the Q&A wall.
 */
@RestController
@Tag(name = "Appeal figures", description = "回复率、办结率、满意率 with their formulas, and the Q&A wall (回音壁)")
@ProblemResponses(HttpStatus.BAD_REQUEST)
class AppealStatsApiController {

	private final AppealFigures figures;

	AppealStatsApiController(AppealFigures figures) {
		this.figures = figures;
	}

	@Operation(summary = "Reply, completion and satisfaction rates of tickets received in a period, one department or all")
	@GetMapping("/api/v1/stats/appeals")
	AppealStatistics statistics(@RequestParam(required = false) String dept,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return figures.statistics(dept, from, to);
	}

	@Operation(summary = "The Q&A wall: answered tickets whose citizen consented, personal data masked")
	@GetMapping("/api/v1/appeals-wall")
	List<WallEntry> wall(@RequestParam(required = false) String q) {
		return figures.wall(q, 100);
	}
}
