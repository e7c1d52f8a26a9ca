package org.yangguang.services.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.services.ItemQuery;
import org.yangguang.services.ItemSummary;
import org.yangguang.services.LifeEvent;
import org.yangguang.services.PublishedItem;
import org.yangguang.services.ServiceCatalog;
import org.yangguang.services.ServiceRatings;
import org.yangguang.services.TargetUser;

/**
 * 办事服务 — the public catalog: browse by department, life event and user; one guide page per item with a printable
 * material checklist; the ratings and the public rectification list.
 */
@Controller
class ServicePortalController {

	private final ServiceCatalog catalog;
	private final ServiceRatings ratings;
	private final Organisations organisations;

	ServicePortalController(ServiceCatalog catalog, ServiceRatings ratings, Organisations organisations) {
		this.catalog = catalog;
		this.ratings = ratings;
		this.organisations = organisations;
	}

	@GetMapping("/services")
	String catalog(@RequestParam(required = false) String dept, @RequestParam(required = false) String q,
			@RequestParam(required = false) String lifeEvent, @RequestParam(required = false) String user,
			Model model) {
		LifeEvent event = Options.lifeEvent(lifeEvent);
		List<ItemSummary> items = catalog.find(new ItemQuery(dept, q, event, Options.targetUser(user)));
		List<String> departmentCodes = catalog.find(ItemQuery.ALL).stream().map(ItemSummary::departmentCode)
			.distinct().toList();
		model.addAttribute("items", items);
		model.addAttribute("lifeEvent", event);
		model.addAttribute("lifeEvents", LifeEvent.values());
		model.addAttribute("users", TargetUser.values());
		model.addAttribute("departments", organisations.inTreeOrder().stream()
			.filter(o -> departmentCodes.contains(o.code())).toList());
		return "services/catalog";
	}

	@GetMapping("/services/items/{code}")
	String guide(@PathVariable String code, Model model) {
		PublishedItem item = catalog.get(code);
		model.addAttribute("item", item);
		model.addAttribute("departmentName", departmentName(item));
		model.addAttribute("children", catalog.children(code));
		model.addAttribute("online", item.guide().channels().isEmpty() || item.guide().channels().contains("ONLINE"));
		return "services/guide";
	}

	@GetMapping("/services/items/{code}/checklist")
	String checklist(@PathVariable String code, Model model) {
		PublishedItem item = catalog.get(code);
		model.addAttribute("item", item);
		model.addAttribute("departmentName", departmentName(item));
		return "services/checklist";
	}

	@GetMapping("/services/ratings")
	String ratings(Model model) {
		model.addAttribute("stats", ratings.statistics(null, null, null));
		model.addAttribute("groups", ratings.groups("department", null, null));
		model.addAttribute("bad", ratings.rectificationList(100));
		return "services/ratings";
	}

	private String departmentName(PublishedItem item) {
		return organisations.findByCode(item.guide().department()).map(Organisation::name)
			.orElse(item.guide().department());
	}
}
