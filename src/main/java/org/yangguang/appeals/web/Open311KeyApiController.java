package org.yangguang.appeals.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.appeals.Open311Keys;
import org.yangguang.shared.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The administrator issues and revokes Open311 API keys. */
@RestController
@Tag(name = "Appeals")
@SecurityRequirement(name = "bearerAuth")
@ProblemResponses({ HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND })
class Open311KeyApiController {

	private final Open311Keys keys;

	Open311KeyApiController(Open311Keys keys) {
		this.keys = keys;
	}

	record IssueBody(String holder) {
	}

	@Operation(summary = "The Open311 API keys with their holders (administrator)")
	@GetMapping("/api/v1/admin/open311-keys")
	List<Open311Keys.Key> list() {
		return keys.all();
	}

	@Operation(summary = "Issue an Open311 API key to a holder (administrator); the key is shown once")
	@PostMapping("/api/v1/admin/open311-keys")
	Open311Keys.Key issue(@RequestBody IssueBody body) {
		return keys.issue(body.holder());
	}

	@Operation(summary = "Revoke an Open311 API key (administrator)")
	@PostMapping("/api/v1/admin/open311-keys/{key}/revoke")
	List<Open311Keys.Key> revoke(@PathVariable String key) {
		keys.revoke(key);
		return keys.all();
	}
}
