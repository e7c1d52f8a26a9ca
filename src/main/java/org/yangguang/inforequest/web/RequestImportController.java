package org.yangguang.inforequest.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.yangguang.inforequest.ImportRejected;
import org.yangguang.inforequest.RequestHandling;
import org.yangguang.inforequest.internal.RegisterFile;

/** 历史台账导入 — the disclosure office uploads the register of past years (XLSX or CSV): all rows or none. */
@Controller
@PreAuthorize("hasRole('DISCLOSURE_OFFICE')")
class RequestImportController {

	private final RequestHandling handling;

	RequestImportController(RequestHandling handling) {
		this.handling = handling;
	}

	@GetMapping("/workbench/requests/import")
	String form() {
		return "inforequest/import";
	}

	@PostMapping("/workbench/requests/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "inforequest.import.noFile");
			return "inforequest/import";
		}
		try {
			model.addAttribute("result",
					handling.importRecords(RegisterFile.read(file.getOriginalFilename(), file.getBytes())));
		}
		catch (ImportRejected e) {
			model.addAttribute("problems", e.problems());
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		return "inforequest/import";
	}

	@GetMapping("/workbench/requests/import/template.csv")
	ResponseEntity<byte[]> template() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = RegisterFile.CSV_TEMPLATE.getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(body, 0, content, bom.length, body.length);
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inforequest-register.csv\"")
			.body(content);
	}
}
