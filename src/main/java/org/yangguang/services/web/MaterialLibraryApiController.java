package org.yangguang.services.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yangguang.services.MaterialFile;
import org.yangguang.services.MaterialLibrary;
import org.yangguang.services.ServiceApplications;
import org.yangguang.shared.CreatedWithLocation;
import org.yangguang.shared.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 材料库 in the API: a citizen uploads a material once and refers to it by id when applying
 * ({@code "files": {"<material id>": <file id>}}); staff read the files a case uses.
 */
@RestController
@Tag(name = "Service cases")
@SecurityRequirement(name = "bearerAuth")
@ProblemResponses({ HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND })
class MaterialLibraryApiController {

	private final MaterialLibrary library;
	private final ServiceApplications applications;

	MaterialLibraryApiController(MaterialLibrary library, ServiceApplications applications) {
		this.library = library;
		this.applications = applications;
	}

	@Operation(summary = "Upload a material (PDF, JPEG or PNG) into the citizen's material library")
	@CreatedWithLocation
	@PostMapping(value = "/api/v1/material-library", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MaterialFile> upload(@RequestParam(required = false) String name,
			@RequestParam("file") MultipartFile file) {
		try {
			MaterialFile stored = library.upload(name, file.getOriginalFilename(), file.getBytes());
			return ResponseEntity.created(URI.create("/api/v1/material-library/" + stored.id())).body(stored);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Operation(summary = "The citizen's material library, newest first")
	@GetMapping("/api/v1/material-library")
	List<MaterialFile> mine() {
		return library.mine();
	}

	@Operation(summary = "A file of one's own material library")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/octet-stream",
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/material-library/{id}")
	ResponseEntity<byte[]> own(@PathVariable long id) {
		return download(library.own(id));
	}

	@Operation(summary = "A material-library file used by a case (staff reading it is audited)")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/octet-stream",
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/applications/{caseNo}/files/{id}")
	ResponseEntity<byte[]> caseFile(@PathVariable String caseNo, @PathVariable long id) {
		return download(applications.caseFile(caseNo, id));
	}

	static ResponseEntity<byte[]> download(MaterialLibrary.Content content) {
		String name = java.net.URLEncoder.encode(content.file().fileName(), java.nio.charset.StandardCharsets.UTF_8)
			.replace("+", "%20");
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.file().contentType()))
			.header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
			.header("X-Content-Type-Options", "nosniff").body(content.bytes());
	}
}
