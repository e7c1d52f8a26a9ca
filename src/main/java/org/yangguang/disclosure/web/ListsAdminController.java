package org.yangguang.disclosure.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.disclosure.Bulletin;
import org.yangguang.disclosure.BulletinInput;
import org.yangguang.disclosure.BulletinPeriod;
import org.yangguang.disclosure.FeeItemInput;
import org.yangguang.disclosure.ListsDesk;
import org.yangguang.disclosure.PowerEntry;
import org.yangguang.disclosure.PowerEntryInput;
import org.yangguang.disclosure.PowerKind;
import org.yangguang.disclosure.PowerResultInput;
import org.yangguang.disclosure.StructuredLists;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.RuleViolationException;

/**
 * 清单维护 — the leader or disclosure office publishes the structured lists of an organisation in scope: power
 * list entries, results of exercising powers, fee items with their yearly collections, and village bulletins
 * (with the unmasked payment lines, each read audited). Who may keep which lists is decided by
 * {@link StructuredLists}.
 */
@Controller
@RequestMapping("/workbench/disclosure/lists")
@PreAuthorize("hasAnyRole('LEADER', 'DISCLOSURE_OFFICE')")
class ListsAdminController {

	private static final String LISTS = "redirect:/workbench/disclosure/lists?org=";

	private final StructuredLists lists;
	private final Organisations organisations;
	private final Clock clock;

	ListsAdminController(StructuredLists lists, Organisations organisations, Clock clock) {
		this.lists = lists;
		this.organisations = organisations;
		this.clock = clock;
	}

	record PowerForm(String code, String name, String kind, String legalBasis, String procedure, String timeLimit,
			String responsibleUnit) {

		PowerEntryInput input() {
			return new PowerEntryInput(code, name, kind, legalBasis, procedure, timeLimit, responsibleUnit);
		}
	}

	record ResultForm(Long powerId, String kind, String caseNo, String partyName, Boolean partyIsPerson,
			String partyCreditCode, String decision, LocalDate decidedOn) {

		PowerResultInput input() {
			return new PowerResultInput(powerId, kind, caseNo, partyName, Boolean.TRUE.equals(partyIsPerson),
					partyCreditCode, decision, decidedOn);
		}
	}

	record FeeForm(String name, String legalBasis, String standard, String collectingUnit, Boolean enterpriseRelated) {

		FeeItemInput input() {
			return new FeeItemInput(name, legalBasis, standard, collectingUnit, Boolean.TRUE.equals(enterpriseRelated));
		}
	}

	record CollectionForm(Long feeItemId, Integer year, BigDecimal amount) {
	}

	record BulletinForm(String title, String period, String periodLabel, LocalDate publishedOn, String notes,
			String finances, String payments) {

		BulletinInput input() {
			return new BulletinInput(title, period, periodLabel, publishedOn, notes, finances, payments);
		}
	}

	/** One save of a form: the module's call, which may refuse with a field's rule. */
	private interface Save {
		void run(Organisation org);
	}

	@GetMapping
	String index(@RequestParam(required = false) String org, Model model) {
		return view(lists.kept(org), model, null);
	}

	@PostMapping("/{code}/powers")
	String addPower(@PathVariable String code, @Valid @ModelAttribute("powerForm") PowerForm f, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return save(code, "powerForm", errors, org -> lists.addPower(org.id(), f.input()),
				"disclosure.flash.powerAdded", model, redirect);
	}

	@PostMapping("/powers/{id}/retire")
	String retirePower(@PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		PowerEntry entry = lists.power(id);
		String code = organisations.get(entry.organisationId()).code();
		try {
			lists.retirePower(id, reason);
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("listError", e.messageKey());
			return LISTS + code;
		}
		redirect.addFlashAttribute("flash", "disclosure.flash.powerRetired");
		return LISTS + code;
	}

	@PostMapping("/{code}/results")
	String addResult(@PathVariable String code, @Valid @ModelAttribute("resultForm") ResultForm f,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return save(code, "resultForm", errors, org -> lists.recordResult(org.id(), f.input()),
				"disclosure.flash.resultAdded", model, redirect);
	}

	@PostMapping("/{code}/fees")
	String addFee(@PathVariable String code, @Valid @ModelAttribute("feeForm") FeeForm f, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return save(code, "feeForm", errors, org -> lists.addFee(org.id(), f.input()), "disclosure.flash.feeAdded",
				model, redirect);
	}

	@PostMapping("/{code}/collections")
	String addCollection(@PathVariable String code, @Valid @ModelAttribute("collectionForm") CollectionForm f,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return save(code, "collectionForm", errors,
				org -> lists.recordCollection(org.id(), f.feeItemId(), f.year(), f.amount()),
				"disclosure.flash.collectionRecorded", model, redirect);
	}

	@PostMapping("/{code}/bulletins")
	String addBulletin(@PathVariable String code, @Valid @ModelAttribute("bulletinForm") BulletinForm f,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return save(code, "bulletinForm", errors, org -> lists.publishBulletin(org.id(), f.input()),
				"disclosure.flash.bulletinPublished", model, redirect);
	}

	/** A bulletin unmasked, for staff in scope; the read is audited. */
	@GetMapping("/bulletins/{id}")
	String bulletin(@PathVariable long id, Model model) {
		Bulletin bulletin = lists.revealedBulletin(id);
		model.addAttribute("bulletin", bulletin);
		model.addAttribute("organisation", organisations.get(bulletin.organisationId()));
		return "disclosure/staff/bulletin";
	}

	/**
	 * Checks the keeper's scope (403), then shows the form again with its errors — binding's or the module's — or
	 * saves and goes back to the lists with a flash message.
	 */
	private String save(String code, String form, BindingResult errors, Save save, String flash, Model model,
			RedirectAttributes redirect) {
		Organisation org = lists.kept(code);
		if (!errors.hasErrors()) {
			try {
				save.run(org);
				redirect.addFlashAttribute("flash", flash);
				return LISTS + org.code();
			}
			catch (RuleViolationException e) {
				FormErrors.reject(errors, e);
			}
		}
		return view(org, model, form);
	}

	private String view(Organisation org, Model model, String open) {
		ListsDesk desk = lists.desk(org.code());
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("open", open);
		model.addAttribute("organisation", desk.organisation());
		model.addAttribute("choices", desk.choices());
		model.addAttribute("village", desk.village());
		model.addAttribute("entries", desk.entries());
		model.addAttribute("feeItems", desk.feeItems());
		model.addAttribute("bulletins", desk.bulletins());
		model.addAttribute("powerKinds", FormOptions.powerKinds(List.of(PowerKind.values())));
		model.addAttribute("resultKinds", FormOptions.powerKinds(PowerKind.WITH_PUBLISHED_RESULTS));
		Map<String, String> powerChoices = new LinkedHashMap<>();
		desk.powers().forEach(p -> powerChoices.put(String.valueOf(p.id()), p.code() + " " + p.name()));
		model.addAttribute("powerChoices", powerChoices);
		Map<String, String> feeChoices = new LinkedHashMap<>();
		desk.feeItems().forEach(i -> feeChoices.put(String.valueOf(i.id()), i.name()));
		model.addAttribute("feeChoices", feeChoices);
		model.addAttribute("periods", FormOptions.periods());
		putIfAbsent(model, "powerForm", new PowerForm(null, null, null, null, null, null, null));
		putIfAbsent(model, "resultForm", new ResultForm(null, null, null, null, false, null, null, today));
		putIfAbsent(model, "feeForm", new FeeForm(null, null, null, null, false));
		putIfAbsent(model, "collectionForm", new CollectionForm(null, today.getYear(), null));
		putIfAbsent(model, "bulletinForm", new BulletinForm(null, BulletinPeriod.QUARTERLY.key(), null, today, null,
				null, null));
		return "disclosure/staff/lists";
	}

	private static void putIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}
}
