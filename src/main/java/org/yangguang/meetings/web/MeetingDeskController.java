package org.yangguang.meetings.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.meetings.MeetingKind;
import org.yangguang.meetings.Meetings;
import org.yangguang.meetings.NewMinutes;
import org.yangguang.meetings.web.MeetingForms.ItemForm;
import org.yangguang.meetings.web.MeetingForms.MinutesForm;
import org.yangguang.organisation.Organisation;
import org.yangguang.shared.DomainException;
import org.yangguang.shared.FormErrors;

/**
 * The minutes in the workbench: the list, the form (a template per kind pre-fills the usual wording; pasted minutes
 * text is split into items on its numbering), and one minutes' page with the publish button. Pages work without
 * JavaScript: splitting and adding a row post the form back.
 */
@Controller
class MeetingDeskController {

	private final Meetings meetings;
	private final MessageSource messages;

	MeetingDeskController(Meetings meetings, MessageSource messages) {
		this.meetings = meetings;
		this.messages = messages;
	}

	@GetMapping("/workbench/meetings")
	String desk(Model model) {
		model.addAttribute("rows", meetings.workbench());
		model.addAttribute("writer", meetings.writersOrganisation().isPresent());
		return "meetings/desk";
	}

	@GetMapping("/workbench/meetings/new")
	String form(@RequestParam(required = false) String kind, Model model) {
		MeetingKind k = kind == null || kind.isBlank() ? MeetingKind.STANDING : MeetingKind.ofKey(kind);
		return form(template(k), model);
	}

	@PostMapping("/workbench/meetings/new")
	String save(@ModelAttribute("minutesForm") MinutesForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Model model) {
		if ("split".equals(action)) {
			// rows with a decision stay; blank rows and the template's bare headings give way to the split items
			List<ItemForm> items = new ArrayList<>(form.items().stream()
				.filter(f -> f != null && f.decision() != null && !f.decision().isBlank()).toList());
			meetings.split(form.pasteText()).forEach(i -> items.add(itemForm(i)));
			return form(form.withItems(items), model);
		}
		if ("add".equals(action)) {
			List<ItemForm> items = new ArrayList<>(form.items());
			items.add(ItemForm.EMPTY);
			return form(form.withItems(items), model);
		}
		MinutesForm compact = form.withoutBlankItems();
		try {
			long id = meetings.create(compact.toNewMinutes());
			return "redirect:/workbench/meetings/" + id;
		}
		catch (DomainException e) {
			MinutesForm shown = compact.items().isEmpty() ? compact.withItems(List.of(ItemForm.EMPTY)) : compact;
			BindingResult rebound = new org.springframework.validation.BeanPropertyBindingResult(shown, "minutesForm");
			FormErrors.reject(rebound, e, null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "minutesForm", rebound);
			return form(shown, model);
		}
	}

	@GetMapping("/workbench/meetings/{id:\\d+}")
	String one(@PathVariable long id, Model model) {
		model.addAttribute("minutes", meetings.view(id));
		return "meetings/minutes";
	}

	@PostMapping("/workbench/meetings/{id:\\d+}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		meetings.publish(id);
		redirect.addFlashAttribute("flash", "meetings.flash.published");
		return "redirect:/workbench/meetings/" + id;
	}

	private String form(MinutesForm form, Model model) {
		MinutesForm shown = form.items().isEmpty() ? form.withItems(List.of(ItemForm.EMPTY)) : form;
		model.addAttribute("minutesForm", shown);
		Map<String, String> kinds = new LinkedHashMap<>();
		Arrays.stream(MeetingKind.values()).forEach(k -> kinds.put(k.key(), "meetings.kind." + k.key()));
		model.addAttribute("kinds", kinds);
		Map<String, String> leads = new LinkedHashMap<>();
		meetings.leadUnits().forEach(o -> leads.put(o.code(), o.name()));
		model.addAttribute("leads", leads);
		model.addAttribute("organisation", meetings.writersOrganisation().map(Organisation::name).orElse(""));
		return "meetings/form";
	}

	/** The usual wording of a kind's minutes, from the message bundle (meetings.template.&lt;kind&gt;.*). */
	private MinutesForm template(MeetingKind kind) {
		Locale locale = LocaleContextHolder.getLocale();
		String p = "meetings.template." + kind.key() + ".";
		List<ItemForm> items = Arrays.stream(text(p + "items", locale).split("\\|")).filter(s -> !s.isBlank())
			.map(h -> new ItemForm(h.strip(), null, null, null, null, null, null, Boolean.TRUE)).toList();
		return new MinutesForm(kind.key(), null, null, meetings.today().toString(), text(p + "place", locale),
				text(p + "host", locale), text(p + "attendees", locale).replace("|", "\n"),
				text(p + "nonVoting", locale).replace("|", "\n"), null, text(p + "recorder", locale), null, items);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, "", locale);
	}

	private static ItemForm itemForm(NewMinutes.NewItem i) {
		return new ItemForm(i.topic(), null, i.decision(), i.lead(), null, i.dueWorkingDays(), null, i.isPublic());
	}
}
