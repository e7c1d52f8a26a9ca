package org.yangguang.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yangguang.disclosure.ColumnListing;
import org.yangguang.disclosure.PublicDisclosure;
import org.yangguang.disclosure.ResultPage;
import org.yangguang.organisation.Organisation;

/**
 * 自助查询机 — the service hall's touch screen: large buttons, no login, the catalog to browse, search, and a
 * return to the home screen after {@code yangguang.disclosure.kiosk-idle-seconds} without a new page (meta refresh
 * and the Refresh header: no JavaScript needed).
 */
@Controller
class KioskController {

	private static final int PAGE_SIZE = 8;

	private final OrganisationDirectory directory;
	private final PublicDisclosure disclosure;

	KioskController(OrganisationDirectory directory, PublicDisclosure disclosure) {
		this.directory = directory;
		this.disclosure = disclosure;
	}

	@GetMapping("/kiosk")
	String home(Model model, HttpServletResponse response) {
		idle(model, response, false);
		model.addAttribute("groups", directory.groups());
		model.addAttribute("root", directory.root());
		return "kiosk/home";
	}

	@GetMapping("/kiosk/guide")
	String guide(Model model, HttpServletResponse response) {
		idle(model, response, true);
		Organisation root = directory.root();
		model.addAttribute("organisation", root);
		model.addAttribute("guide", disclosure.guide(root.id()));
		return "kiosk/guide";
	}

	@GetMapping("/kiosk/org/{code}")
	String organisation(@PathVariable String code, Model model, HttpServletResponse response) {
		idle(model, response, true);
		Organisation org = directory.byCode(code);
		model.addAttribute("organisation", org);
		model.addAttribute("tree", disclosure.columnTree(org.id()));
		model.addAttribute("children", directory.children(org));
		return "kiosk/organisation";
	}

	@GetMapping("/kiosk/columns/{columnId}")
	String column(@PathVariable long columnId, @RequestParam(required = false) Integer page, Model model,
			HttpServletResponse response) {
		idle(model, response, true);
		ColumnListing listing = disclosure.column(columnId, ResultPage.safePage(page), PAGE_SIZE);
		model.addAttribute("column", listing.column());
		model.addAttribute("organisation", listing.organisation());
		model.addAttribute("result", listing.documents());
		return "kiosk/column";
	}

	@GetMapping("/kiosk/documents/{id}")
	String document(@PathVariable long id, Model model, HttpServletResponse response) {
		idle(model, response, true);
		model.addAttribute("page", disclosure.shownDocument(id));
		return "kiosk/document";
	}

	private void idle(Model model, HttpServletResponse response, boolean returnHome) {
		int seconds = disclosure.kioskIdleSeconds();
		model.addAttribute("idleSeconds", seconds);
		model.addAttribute("refresh", returnHome ? seconds + ";url=/kiosk" : null);
		if (returnHome) {
			response.setHeader("Refresh", seconds + ";url=/kiosk");
		}
	}
}
