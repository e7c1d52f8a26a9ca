package org.yangguang.disclosure.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yangguang.disclosure.DocumentPage;
import org.yangguang.disclosure.DocumentStatus;
import org.yangguang.disclosure.PublicDisclosure;

/**
 * The public document page: metadata grid above the title (UX.md order), body, attachments with name, type, size
 * and SHA-256, related interpretation, banners for amended and repealed versions, the archive of versions, and
 * the page tools (print view, font size, share). Old versions keep their own URL.
 */
@Controller
class DocumentPageController {

	private final PublicDisclosure disclosure;
	private final OrganisationDirectory directory;
	private final Clock clock;

	DocumentPageController(PublicDisclosure disclosure, OrganisationDirectory directory, Clock clock) {
		this.disclosure = disclosure;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/disclosure/documents/{id}")
	String current(@PathVariable long id, @RequestParam(required = false) String size, Model model,
			HttpServletResponse response) {
		return show(id, null, size, false, model, response);
	}

	@GetMapping("/disclosure/documents/{id}/versions/{version}")
	String version(@PathVariable long id, @PathVariable int version, @RequestParam(required = false) String size,
			Model model, HttpServletResponse response) {
		return show(id, version, size, false, model, response);
	}

	/** The print view: the document alone, for the browser's print command. */
	@GetMapping("/disclosure/documents/{id}/print")
	String print(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
			HttpServletResponse response) {
		return show(id, version, null, true, model, response);
	}

	private String show(long id, Integer version, String size, boolean print, Model model,
			HttpServletResponse response) {
		DocumentPage page = disclosure.document(id, version);
		if (page.document().status() == DocumentStatus.WITHDRAWN) {
			response.setStatus(HttpServletResponse.SC_GONE);
			model.addAttribute("document", page.document());
			model.addAttribute("organisation", page.organisation());
			model.addAttribute("title", page.version().title());
			model.addAttribute("withdrawnOn", page.document().withdrawnAt().atZone(clock.getZone()).toLocalDate());
			return "disclosure/withdrawn";
		}
		model.addAttribute("page", page);
		String self = version == null ? "/disclosure/documents/" + id : "/disclosure/documents/" + id + "/versions/" + version;
		model.addAttribute("selfPath", self);
		model.addAttribute("shareUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path(self).toUriString());
		model.addAttribute("lineage", directory.lineage(page.organisation()));
		model.addAttribute("textSize", switch (size == null ? "" : size) {
			case "large" -> "large";
			case "small" -> "small";
			default -> "medium";
		});
		return print ? "disclosure/print" : "disclosure/document";
	}

	/** The canonical content of a published version: exactly the bytes its SHA-256 was computed over. */
	@GetMapping("/disclosure/documents/{id}/versions/{version}/content.html")
	ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable int version) {
		return Downloads.content(disclosure.content(id, version));
	}

	@GetMapping("/disclosure/documents/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return Downloads.attachment(disclosure.attachment(id, attachmentId));
	}
}
