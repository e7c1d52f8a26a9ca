package org.yangguang.meetings.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yangguang.meetings.Meetings;

/** 会议公开 on the portal: the published minutes, each as a page and a PDF, with their public items only. */
@Controller
class MeetingPortalController {

	private final Meetings meetings;

	MeetingPortalController(Meetings meetings) {
		this.meetings = meetings;
	}

	@GetMapping("/meetings")
	String list(Model model) {
		model.addAttribute("rows", meetings.published());
		return "meetings/public-list";
	}

	@GetMapping("/meetings/{id:\\d+}")
	String one(@PathVariable long id, Model model) {
		model.addAttribute("minutes", meetings.publicView(id));
		return "meetings/public-minutes";
	}

	@GetMapping("/meetings/{id:\\d+}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		byte[] pdf = meetings.pdf(id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("minutes-" + id + ".pdf").build().toString())
			.body(pdf);
	}
}
