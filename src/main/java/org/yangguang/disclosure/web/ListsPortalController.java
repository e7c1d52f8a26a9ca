package org.yangguang.disclosure.web;

import java.nio.charset.StandardCharsets;


import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yangguang.disclosure.Bulletin;
import org.yangguang.disclosure.Keyed;
import org.yangguang.disclosure.PowerKind;
import org.yangguang.disclosure.PowerResult;
import org.yangguang.disclosure.ResultPage;
import org.yangguang.disclosure.StructuredLists;
import org.yangguang.organisation.Organisation;

/**
 * The structured lists on the portal, as tables: 权力清单, 收费目录, 权力运行结果 and 村务公开 (with its CSV export).
 * Personal data is masked on every one of these views and in the export.
 */
@Controller
class ListsPortalController {

	private final OrganisationDirectory directory;
	private final StructuredLists lists;

	ListsPortalController(OrganisationDirectory directory, StructuredLists lists) {
		this.directory = directory;
		this.lists = lists;
	}

	@GetMapping("/disclosure/org/{code}/powers")
	String powers(@PathVariable String code, Model model) {
		Organisation org = organisation(code, model);
		model.addAttribute("entries", lists.publicPowers(org.id()));
		return "disclosure/powers";
	}

	@GetMapping("/disclosure/org/{code}/fees")
	String fees(@PathVariable String code, Model model) {
		Organisation org = organisation(code, model);
		var items = lists.publicFees(org.id());
		model.addAttribute("items", items);
		model.addAttribute("years", items.stream().flatMap(i -> i.collected().keySet().stream()).distinct()
			.sorted(java.util.Comparator.reverseOrder()).toList());
		return "disclosure/fees";
	}

	@GetMapping("/disclosure/org/{code}/results")
	String results(@PathVariable String code, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		Organisation org = organisation(code, model);
		PowerKind k = kind == null || kind.isBlank() ? null : Keyed.parse(PowerKind.class, kind).orElse(null);
		ResultPage<PowerResult> result = lists.publicResults(org.id(), k, ResultPage.safePage(page), 20);
		model.addAttribute("result", result);
		model.addAttribute("pager", Pager.of(request, result));
		model.addAttribute("kind", k);
		model.addAttribute("kinds", PowerKind.WITH_PUBLISHED_RESULTS);
		return "disclosure/results";
	}

	@GetMapping("/disclosure/org/{code}/village-affairs")
	String bulletins(@PathVariable String code, Model model) {
		Organisation org = organisation(code, model);
		model.addAttribute("bulletins", lists.publicBulletins(org.id()));
		return "disclosure/bulletins";
	}

	@GetMapping("/disclosure/org/{code}/village-affairs/{id:\\d+}")
	String bulletin(@PathVariable String code, @PathVariable long id, Model model) {
		Organisation org = organisation(code, model);
		Bulletin bulletin = lists.publicBulletin(org.id(), id);
		model.addAttribute("bulletin", bulletin);
		return "disclosure/bulletin";
	}

	/** The bulletin as CSV (UTF-8 with BOM for spreadsheet programs), masked like the page. */
	@GetMapping("/disclosure/org/{code}/village-affairs/{id:\\d+}.csv")
	ResponseEntity<byte[]> bulletinCsv(@PathVariable String code, @PathVariable long id) {
		Organisation org = directory.byCode(code);
		Bulletin bulletin = lists.publicBulletin(org.id(), id);
		byte[] csv = BulletinCsv.render(org, bulletin).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(bulletin.title() + ".csv", StandardCharsets.UTF_8).build().toString())
			.body(csv);
	}

	private Organisation organisation(String code, Model model) {
		Organisation org = directory.byCode(code);
		model.addAttribute("organisation", org);
		model.addAttribute("lineage", directory.lineage(org));
		return org;
	}
}
