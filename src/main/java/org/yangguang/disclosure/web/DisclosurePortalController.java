package org.yangguang.disclosure.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yangguang.disclosure.CatalogFilter;
import org.yangguang.disclosure.ColumnListing;
import org.yangguang.disclosure.DocumentSummary;
import org.yangguang.disclosure.Genre;
import org.yangguang.disclosure.Keyed;
import org.yangguang.disclosure.PublicDisclosure;
import org.yangguang.disclosure.ResultPage;
import org.yangguang.disclosure.Topic;
import org.yangguang.disclosure.Validity;
import org.yangguang.organisation.Organisation;
import org.yangguang.shared.RuleViolationException;

/**
 * 政府信息公开专栏 — the public column: the four standard entrances (公开指南, 公开制度, 法定主动公开内容, 公开年报),
 * the organisations' sub-sites with their catalog of columns, and the catalog browsed by column, topic and genre.
 */
@Controller
class DisclosurePortalController {

	private static final int PAGE_SIZE = 20;

	private final OrganisationDirectory directory;
	private final PublicDisclosure disclosure;
	private final Clock clock;

	DisclosurePortalController(OrganisationDirectory directory, PublicDisclosure disclosure, Clock clock) {
		this.directory = directory;
		this.disclosure = disclosure;
		this.clock = clock;
	}

	@GetMapping("/disclosure")
	String index(Model model) {
		model.addAttribute("groups", directory.groups());
		model.addAttribute("root", directory.root());
		model.addAttribute("latest", disclosure.published(CatalogFilter.ALL, 0, 10).items());
		model.addAttribute("orgs", directory.byId());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("genres", Genre.values());
		return "disclosure/index";
	}

	@GetMapping("/disclosure/guide")
	String rootGuide(Model model) {
		return guide(directory.root().code(), model);
	}

	@GetMapping("/disclosure/guide/{code}")
	String guide(@PathVariable String code, Model model) {
		Organisation org = directory.byCode(code);
		var guide = disclosure.guide(org.id());
		model.addAttribute("guide", guide);
		model.addAttribute("updatedOn",
				guide.updatedAt() == null ? null : guide.updatedAt().atZone(clock.getZone()).toLocalDate());
		model.addAttribute("organisation", org);
		model.addAttribute("lineage", directory.lineage(org));
		return "disclosure/guide";
	}

	@GetMapping("/disclosure/rules")
	String rules(Model model) {
		Organisation root = directory.root();
		model.addAttribute("organisation", root);
		model.addAttribute("orgs", directory.byId());
		model.addAttribute("documents", disclosure.rules(root.id()));
		return "disclosure/rules";
	}

	@GetMapping("/disclosure/annual-reports")
	String annualReports(Model model, HttpServletRequest request, @RequestParam(required = false) Integer page) {
		ResultPage<DocumentSummary> result = disclosure.published(CatalogFilter.ALL.genre(Genre.ANNUAL_REPORT),
				ResultPage.safePage(page), PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("pager", Pager.of(request, result));
		model.addAttribute("orgs", directory.byId());
		return "disclosure/annual-reports";
	}

	/** An organisation's sub-site: its catalog of columns, guide, structured lists and sub-organisations. */
	@GetMapping("/disclosure/org/{code}")
	String organisation(@PathVariable String code, Model model) {
		Organisation org = directory.byCode(code);
		model.addAttribute("organisation", org);
		model.addAttribute("lineage", directory.lineage(org));
		model.addAttribute("tree", disclosure.columnTree(org.id()));
		model.addAttribute("latest", disclosure.published(CatalogFilter.of(List.of(org.id())), 0, 10).items());
		model.addAttribute("children", directory.children(org));
		model.addAttribute("orgs", directory.byId());
		return "disclosure/organisation";
	}

	@GetMapping("/disclosure/org/{code}/columns/{columnId}")
	String column(@PathVariable String code, @PathVariable long columnId, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		Organisation org = directory.byCode(code);
		ColumnListing listing = disclosure.column(org.id(), columnId, ResultPage.safePage(page), PAGE_SIZE);
		ResultPage<DocumentSummary> result = listing.documents();
		model.addAttribute("organisation", org);
		model.addAttribute("lineage", directory.lineage(org));
		model.addAttribute("column", listing.column());
		model.addAttribute("parent", listing.parent());
		model.addAttribute("children", listing.children());
		model.addAttribute("result", result);
		model.addAttribute("pager", Pager.of(request, result));
		model.addAttribute("orgs", directory.byId());
		return "disclosure/column";
	}

	/** The catalog across organisations, by topic, genre, year and validity. */
	@GetMapping("/disclosure/catalog")
	String browse(@RequestParam(required = false) String org, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String genre, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String validity, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		CatalogFilter filter = CatalogFilter.ALL;
		Organisation organisation = null;
		if (org != null && !org.isBlank()) {
			organisation = directory.byCode(org.strip());
			filter = CatalogFilter.of(List.of(organisation.id()));
		}
		Topic t = parse(Topic.class, "topic", topic);
		Genre g = parse(Genre.class, "genre", genre);
		Validity v = parse(Validity.class, "validity", validity);
		filter = filter.topic(t).genre(g).validity(v).year(year);
		ResultPage<DocumentSummary> result = disclosure.published(filter, ResultPage.safePage(page), PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("pager", Pager.of(request, result));
		model.addAttribute("orgs", directory.byId());
		model.addAttribute("organisation", organisation);
		model.addAttribute("topic", t);
		model.addAttribute("genre", g);
		model.addAttribute("validity", v);
		model.addAttribute("year", year);
		model.addAttribute("topics", Topic.values());
		model.addAttribute("genres", Genre.values());
		model.addAttribute("validities", Validity.values());
		model.addAttribute("groups", directory.groups());
		return "disclosure/catalog";
	}

	private static <E extends Enum<E> & Keyed> E parse(Class<E> type, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Keyed.parse(type, value)
			.orElseThrow(() -> RuleViolationException.onField(field, "disclosure.error.filterUnknown", value));
	}
}
