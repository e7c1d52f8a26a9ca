package org.yangguang.services.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yangguang.services.CatalogImport;
import org.yangguang.services.ItemQuery;
import org.yangguang.services.ItemSummary;
import org.yangguang.services.PublishedItem;
import org.yangguang.services.ServiceCatalog;
import org.yangguang.services.ServiceGuide;
import org.yangguang.shared.CreatedWithLocation;
import org.yangguang.shared.ProblemResponses;
import org.yangguang.shared.RuleViolationException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service catalog in the API (public reading; stable contract: {@code {"items": [{"code", "name", "type",
 * "department", "kind", "statutoryDays", "promisedDays"}]}} and the whole guide with {@code "materials": [{"id",
 * "name", "required"}]}). The competent department's staff publish new versions.
 */
@RestController
@Tag(name = "Service items", description = "政务服务事项: the catalog of service items and their guides (办事指南), "
		+ "filtered by department, words, life event and user; versions published by the competent department")
class ServiceItemApiController {

	static final String ITEMS = "/api/v1/service-items";

	private final ServiceCatalog catalog;
	private final JsonMapper json;
	private final MessageSource messages;

	ServiceItemApiController(ServiceCatalog catalog, JsonMapper json,
			MessageSource messages) {
		this.catalog = catalog;
		this.json = json;
		this.messages = messages;
	}

	record Imported(int published, int unchanged) {
	}

	record ItemJson(String code, String name, String type, String department, String departmentName, String kind,
			int statutoryDays, int promisedDays, String parent, int version) {

		static ItemJson of(ItemSummary i) {
			return new ItemJson(i.code(), i.name(), i.type().key(), i.departmentCode(), i.departmentName(),
					i.kind().key(), i.statutoryDays(), i.promisedDays(), i.parentCode(), i.version());
		}
	}

	record ItemList(List<ItemJson> items) {
	}

	record PublishBody(ServiceGuide guide, String note) {
	}

	@Operation(summary = "Service items, filtered by department (organisation code), words, life event and user")
	@ProblemResponses(HttpStatus.BAD_REQUEST)
	@GetMapping(ITEMS)
	ItemList list(@RequestParam(required = false) String dept, @RequestParam(required = false) String q,
			@RequestParam(required = false) String lifeEvent, @RequestParam(required = false) String user) {
		return new ItemList(catalog.find(new ItemQuery(dept, q, Options.lifeEvent(lifeEvent), Options.targetUser(user)))
			.stream().map(ItemJson::of).toList());
	}

	@Operation(summary = "The whole guide (办事指南) of an item, current version")
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@GetMapping(ITEMS + "/{code}")
	Map<String, Object> one(@PathVariable String code) {
		return guide(catalog.get(code));
	}

	@Operation(summary = "One published version of an item's guide")
	@ProblemResponses(HttpStatus.NOT_FOUND)
	@GetMapping(ITEMS + "/{code}/versions/{version}")
	Map<String, Object> version(@PathVariable String code, @PathVariable int version) {
		return guide(catalog.version(code, version));
	}

	@Operation(summary = "Publish a guide as the item's next version (competent department's clerks and leaders)")
	@SecurityRequirement(name = "bearerAuth")
	@CreatedWithLocation
	@ProblemResponses({ HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN })
	@PostMapping(ITEMS)
	ResponseEntity<Map<String, Object>> publish(@RequestBody PublishBody body) {
		if (body == null || body.guide() == null) {
			throw RuleViolationException.onField("guide", "services.error.required", "guide");
		}
		PublishedItem item = catalog.publish(body.guide(), body.note());
		return ResponseEntity.created(URI.create("/api/v1/service-items/" + item.code())).body(guide(item));
	}

	@Operation(summary = "The whole catalog as the XLSX workbook offices keep (事项, 材料, 收费, 常见问题, 特别程序, 并联审批)")
	@ApiResponse(responseCode = "200", content = @Content(
			mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping(value = "/api/v1/service-items.xlsx", produces = {
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/problem+json" })
	ResponseEntity<byte[]> export() {
		return ResponseEntity.ok()
			.contentType(MediaType
				.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header("Content-Disposition", "attachment; filename=\"service-items.xlsx\"").body(catalog.exportWorkbook());
	}

	@Operation(summary = "Import the catalog from XLSX: changed items become new versions; any wrong row imports "
			+ "nothing and every problem is listed in \"errors\" as {sheet, row, message}")
	@SecurityRequirement(name = "bearerAuth")
	@ProblemResponses({ HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN })
	@PostMapping(value = ITEMS + "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importWorkbook(@RequestParam("file")
			MultipartFile file, HttpServletRequest request)
			throws IOException {
		CatalogImport result = catalog.importWorkbook(file.getBytes());
		if (result.accepted()) {
			return ResponseEntity.ok(new Imported(result.published(), result.unchanged()));
		}
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail body = ProblemDetail.forStatusAndDetail(
				HttpStatus.BAD_REQUEST, messages.getMessage("services.import.rejected",
						new Object[] { result.problems().size() }, locale));
		body.setTitle(messages.getMessage("error.400.title", null, locale));
		body.setInstance(URI.create(request.getRequestURI()));
		body.setProperty("errors", result.problems().stream().map(p -> Map.of("sheet", p.sheet(), "row", p.row(),
				"message", messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))).toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> guide(PublishedItem item) {
		Map<String, Object> out = new LinkedHashMap<>(json.convertValue(item.guide(), Map.class));
		out.put("type", item.guide().type().key());
		out.put("version", item.version());
		out.put("publishedAt", item.publishedAt().toString());
		out.put("retired", item.retired());
		return out;
	}
}
