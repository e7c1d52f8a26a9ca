package org.yangguang.disclosure.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yangguang.disclosure.internal.Catalog;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.ColumnNode;
import org.yangguang.disclosure.internal.DisclosureProperties;
import org.yangguang.disclosure.DocumentPage;
import org.yangguang.disclosure.internal.DocumentQueries;
import org.yangguang.disclosure.internal.DocumentReader;
import org.yangguang.disclosure.DocumentStatus;
import org.yangguang.disclosure.internal.Guides;
import org.yangguang.disclosure.ResultPage;
import org.yangguang.organisation.Organisation;
import org.yangguang.shared.NotFoundException;

/**
 * 自助查询机 — the service hall's touch screen: large buttons, no login, the catalog to browse, search, and a
 * return to the home screen after {@code yangguang.disclosure.kiosk-idle-seconds} without a new page (meta refresh
 * and the Refresh header: no JavaScript needed).
 */
@Controller
class KioskController {

	private static final int PAGE_SIZE = 8;

	private final OrganisationDirectory directory;
	private final Catalog catalog;
	private final DocumentQueries queries;
	private final DocumentReader reader;
	private final DisclosureProperties properties;
	private final Guides guides;

	KioskController(OrganisationDirectory directory, Catalog catalog, DocumentQueries queries, DocumentReader reader,
			DisclosureProperties properties, Guides guides) {
		this.guides = guides;
		this.directory = directory;
		this.catalog = catalog;
		this.queries = queries;
		this.reader = reader;
		this.properties = properties;
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
		model.addAttribute("guide", guides.guide(root.id()));
		return "kiosk/guide";
	}

	@GetMapping("/kiosk/org/{code}")
	String organisation(@PathVariable String code, Model model, HttpServletResponse response) {
		idle(model, response, true);
		Organisation org = directory.byCode(code);
		model.addAttribute("organisation", org);
		model.addAttribute("tree", ColumnNode.tree(catalog.activeColumns(org.id()),
				queries.publicCountsByColumn(List.of(org.id()))));
		model.addAttribute("children", directory.children(org));
		return "kiosk/organisation";
	}

	@GetMapping("/kiosk/columns/{columnId}")
	String column(@PathVariable long columnId, @RequestParam(required = false) Integer page, Model model,
			HttpServletResponse response) {
		idle(model, response, true);
		CatalogColumn column = catalog.get(columnId);
		if (column.retired()) {
			throw new NotFoundException("disclosure.error.columnNotFound", String.valueOf(columnId));
		}
		List<Long> ids = catalog.activeColumns(column.organisationId()).stream()
			.filter(c -> c.id() == columnId || Long.valueOf(columnId).equals(c.parentId())).map(CatalogColumn::id)
			.toList();
		ResultPage<?> result = queries.publishedInColumns(ids, ResultPage.safePage(page), PAGE_SIZE);
		model.addAttribute("column", column);
		model.addAttribute("organisation", catalog.organisation(column.organisationId()));
		model.addAttribute("result", result);
		return "kiosk/column";
	}

	@GetMapping("/kiosk/documents/{id}")
	String document(@PathVariable long id, Model model, HttpServletResponse response) {
		idle(model, response, true);
		DocumentPage page = reader.publicPage(id, null);
		if (page.document().status() == DocumentStatus.WITHDRAWN) {
			throw new NotFoundException("disclosure.error.documentNotFound", id);
		}
		model.addAttribute("page", page);
		return "kiosk/document";
	}

	private void idle(Model model, HttpServletResponse response, boolean returnHome) {
		int seconds = properties.kioskIdleSeconds();
		model.addAttribute("idleSeconds", seconds);
		model.addAttribute("refresh", returnHome ? seconds + ";url=/kiosk" : null);
		if (returnHome) {
			response.setHeader("Refresh", seconds + ";url=/kiosk");
		}
	}
}
