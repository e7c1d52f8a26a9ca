package org.yangguang.appeals.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yangguang.appeals.Open311;
import org.yangguang.appeals.Open311Problem;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}: discovery, services, service definitions, requests (post with an API
 * key, search, one), tokens and service request updates, each as {@code .json} or {@code .xml}; errors as
 * {@code [{"code", "description"}]} with the matching status.
 */
@RestController
class Open311Controller {

	private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");
	private static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");

	private final Open311 open311;
	private final JsonMapper json;

	Open311Controller(Open311 open311, JsonMapper json) {
		this.open311 = open311;
		this.json = json;
	}

	@GetMapping("/open311/v2/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format) {
		Map<String, Object> d = open311.discovery(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return xml(format) ? answer(format, GeoReportXml.single("discovery", d)) : answer(format, d);
	}

	@GetMapping("/open311/v2/services.{format}")
	ResponseEntity<String> services(@PathVariable String format) {
		return list(format, "services", "service", open311.services());
	}

	@GetMapping("/open311/v2/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
		Map<String, Object> d = open311.definition(code);
		return xml(format) ? answer(format, GeoReportXml.single("service_definition", d)) : answer(format, d);
	}

	@PostMapping("/open311/v2/requests.{format}")
	ResponseEntity<String> post(@PathVariable String format, @RequestParam Map<String, String> form) {
		return list(format, "service_requests", "request", open311.submit(form));
	}

	@GetMapping("/open311/v2/requests.{format}")
	ResponseEntity<String> search(@PathVariable String format,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCode,
			@RequestParam(name = "start_date", required = false) String start,
			@RequestParam(name = "end_date", required = false) String end,
			@RequestParam(required = false) String status) {
		return list(format, "service_requests", "request", open311.requests(ids, serviceCode, start, end, status));
	}

	@GetMapping("/open311/v2/requests/{id}.{format}")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format) {
		return list(format, "service_requests", "request", open311.request(id));
	}

	@GetMapping("/open311/v2/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
		return list(format, "service_requests", "request", open311.token(token));
	}

	@GetMapping("/open311/v2/servicerequestupdates.{format}")
	ResponseEntity<String> updates(@PathVariable String format,
			@RequestParam(name = "start_date", required = false) String start,
			@RequestParam(name = "end_date", required = false) String end) {
		return list(format, "service_request_updates", "request_update", open311.updates(start, end));
	}

	@ExceptionHandler(Open311Problem.class)
	ResponseEntity<String> problem(Open311Problem e, HttpServletRequest request) {
		String format = request.getRequestURI().endsWith(".xml") ? "xml" : "json";
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", e.status());
		error.put("description", e.getMessage());
		String body = "xml".equals(format) ? GeoReportXml.write("errors", "error", List.of(error))
				: json.writeValueAsString(List.of(error));
		return ResponseEntity.status(e.status()).contentType("xml".equals(format) ? XML : JSON).body(body);
	}

	private ResponseEntity<String> list(String format, String root, String item, List<Map<String, Object>> items) {
		return xml(format) ? answer(format, GeoReportXml.write(root, item, items)) : answer(format, items);
	}

	private ResponseEntity<String> answer(String format, Object body) {
		if (!"json".equals(format) && !"xml".equals(format)) {
			throw new Open311Problem(HttpStatus.NOT_FOUND.value(), "format is json or xml");
		}
		return xml(format) ? ResponseEntity.ok().contentType(XML).body((String) body)
				: ResponseEntity.ok().contentType(JSON).body(json.writeValueAsString(body));
	}

	private static boolean xml(String format) {
		return "xml".equals(format);
	}
}
