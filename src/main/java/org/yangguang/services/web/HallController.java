package org.yangguang.services.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.services.HallWindow;
import org.yangguang.services.ItemQuery;
import org.yangguang.services.ItemSummary;
import org.yangguang.services.QueueTicket;
import org.yangguang.services.ServiceCatalog;
import org.yangguang.services.ServiceHall;
import org.yangguang.shared.DomainException;

/**
 * 大厅 pages: the kiosk (取号), a ticket, the calling screen (叫号屏, no login, refreshing itself), a citizen's
 * appointments, and the window clerk's queue with "call next".
 */
@Controller
class HallController {

	private final ServiceHall hall;
	private final ServiceCatalog catalog;

	HallController(ServiceHall hall, ServiceCatalog catalog) {
		this.hall = hall;
		this.catalog = catalog;
	}

	@GetMapping("/services/hall/take")
	String kiosk(Model model) {
		model.addAttribute("items", catalog.find(ItemQuery.ALL).stream().filter(i -> i.parentCode() == null)
			.sorted(Comparator.comparing(ItemSummary::departmentName).thenComparing(ItemSummary::code)).toList());
		return "services/kiosk";
	}

	@PostMapping("/services/hall/take")
	String take(@RequestParam String item) {
		return "redirect:/services/hall/tickets/" + hall.take(item).id();
	}

	@GetMapping("/services/hall/tickets/{id}")
	String ticket(@PathVariable long id, Model model) {
		model.addAttribute("ticket", hall.get(id));
		return "services/ticket";
	}

	@GetMapping("/services/hall/screen")
	String screen(Model model) {
		model.addAttribute("screen", hall.screen());
		return "services/screen";
	}

	@GetMapping("/account/appointments")
	String appointments(Model model) {
		model.addAttribute("tickets", hall.mine());
		model.addAttribute("items", catalog.find(ItemQuery.ALL));
		model.addAttribute("slots", hall.slots());
		return "services/appointments";
	}

	@PostMapping("/account/appointments")
	String book(@RequestParam(required = false) String item, @RequestParam(required = false) String date,
			@RequestParam(required = false) String slot, Model model, RedirectAttributes redirect) {
		try {
			QueueTicket t = hall.book(item, HallApiController.date(date), HallApiController.time(slot));
			redirect.addFlashAttribute("flash", "services.flash.booked");
			redirect.addFlashAttribute("flashArgs", new Object[] { t.number() });
			return "redirect:/account/appointments";
		}
		catch (DomainException e) {
			model.addAttribute("error", e);
			return appointments(model);
		}
	}

	@PostMapping("/account/appointments/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		hall.cancel(id);
		redirect.addFlashAttribute("flash", "services.flash.cancelled");
		return "redirect:/account/appointments";
	}

	@GetMapping("/workbench/hall")
	String desk(@RequestParam(required = false) String window, Model model) {
		List<HallWindow> windows = hall.windows();
		String chosen = Optional.ofNullable(window)
			.orElse(windows.isEmpty() ? null : windows.get(0).code());
		model.addAttribute("windows", windows);
		model.addAttribute("window", chosen);
		model.addAttribute("queue", chosen == null ? List.of() : hall.queue(chosen));
		model.addAttribute("atWindow", chosen == null ? List.of() : hall.atWindow(chosen));
		model.addAttribute("today", LocalDate.now());
		return "services/hall-desk";
	}

	@PostMapping("/workbench/hall/call")
	String call(@RequestParam String window, RedirectAttributes redirect) {
		try {
			Optional<QueueTicket> called = hall.callNext(window);
			redirect.addFlashAttribute("flash", called.isPresent() ? "services.flash.called" : "services.flash.nobody");
			redirect.addFlashAttribute("flashArgs", new Object[] { called.map(QueueTicket::number).orElse("") });
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flash", e.messageKey());
			redirect.addFlashAttribute("flashArgs", e.args());
		}
		return "redirect:/workbench/hall?window=" + window;
	}

	@PostMapping("/workbench/hall/tickets/{id}/no-show")
	String noShow(@PathVariable long id, @RequestParam String window, RedirectAttributes redirect) {
		hall.noShow(id);
		redirect.addFlashAttribute("flash", "services.flash.noShow");
		return "redirect:/workbench/hall?window=" + window;
	}
}
