package org.yangguang.disclosure.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.yangguang.disclosure.BulletinPeriod;
import org.yangguang.disclosure.internal.FeeCatalog;
import org.yangguang.disclosure.PowerKind;
import org.yangguang.disclosure.internal.PowerList;
import org.yangguang.disclosure.internal.PowerResults;
import org.yangguang.disclosure.internal.VillageBulletins;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.disclosure.PowerEntryInput;
import org.yangguang.disclosure.PowerResultInput;
import org.yangguang.disclosure.FeeItemInput;
import org.yangguang.disclosure.BulletinInput;

/**
 * 清单维护 — the leader or disclosure office publishes the structured lists of an organisation in scope: power
 * list entries, results of exercising powers, fee items with their yearly collections, and village bulletins
 * (with the unmasked payment lines, each read audited).
 */
@Controller
@RequestMapping("/workbench/disclosure/lists")
@PreAuthorize("hasAnyRole('LEADER', 'DISCLOSURE_OFFICE')")
class ListsAdminController {

	private final PowerList powers;
	private final PowerResults results;
	private final FeeCatalog fees;
	private final VillageBulletins bulletins;
	private final Organisations organisations;
	private final Identity identity;
	private final Clock clock;

	ListsAdminController(PowerList powers, PowerResults results, FeeCatalog fees, VillageBulletins bulletins,
			Organisations organisations, Identity identity, Clock clock) {
		this.powers = powers;
		this.results = results;
		this.fees = fees;
		this.bulletins = bulletins;
		this.organisations = organisations;
		this.identity = identity;
		this.clock = clock;
	}

	record PowerForm(String code, String name, String kind, String legalBasis, String procedure, String timeLimit,
			String responsibleUnit) {
	}

	record ResultForm(String powerId, String kind, String caseNo, String partyName, Boolean partyIsPerson,
			String partyCreditCode, String decision, String decidedOn) {
	}

	record FeeForm(String name, String legalBasis, String standard, String collectingUnit, Boolean enterpriseRelated) {
	}

	record CollectionForm(String feeItemId, String year, String amount) {
	}

	record BulletinForm(String title, String period, String periodLabel, String publishedOn, String notes,
			String finances, String payments) {
	}

	@GetMapping
	String index(@RequestParam(required = false) String org, Model model) {
		return view(selected(org), model, null);
	}

	@PostMapping("/{code}/powers")
	String addPower(@PathVariable String code, @ModelAttribute("powerForm") PowerForm f, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Organisation org = selected(code);
		try {
			powers.create(org.id(), new PowerEntryInput(f.code(), f.name(), f.kind(), f.legalBasis(), f.procedure(),
					f.timeLimit(), f.responsibleUnit()));
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return view(org, model, "powerForm");
		}
		return done(org, "disclosure.flash.powerAdded", redirect);
	}

	@PostMapping("/powers/{id}/retire")
	String retirePower(@PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		var entry = powers.get(id);
		Organisation org = organisations.get(entry.organisationId());
		try {
			powers.retire(id, reason);
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("listError", e.messageKey());
			return "redirect:/workbench/disclosure/lists?org=" + org.code();
		}
		return done(org, "disclosure.flash.powerRetired", redirect);
	}

	@PostMapping("/{code}/results")
	String addResult(@PathVariable String code, @ModelAttribute("resultForm") ResultForm f, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Organisation org = selected(code);
		Long powerId = FormValues.number(errors, "powerId", f.powerId());
		LocalDate decidedOn = FormValues.date(errors, "decidedOn", f.decidedOn());
		if (errors.hasErrors()) {
			return view(org, model, "resultForm");
		}
		try {
			results.record(org.id(), new PowerResultInput(powerId, f.kind(), f.caseNo(), f.partyName(),
					Boolean.TRUE.equals(f.partyIsPerson()), f.partyCreditCode(), f.decision(), decidedOn));
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return view(org, model, "resultForm");
		}
		return done(org, "disclosure.flash.resultAdded", redirect);
	}

	@PostMapping("/{code}/fees")
	String addFee(@PathVariable String code, @ModelAttribute("feeForm") FeeForm f, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Organisation org = selected(code);
		try {
			fees.create(org.id(), new FeeItemInput(f.name(), f.legalBasis(), f.standard(), f.collectingUnit(),
					Boolean.TRUE.equals(f.enterpriseRelated())));
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return view(org, model, "feeForm");
		}
		return done(org, "disclosure.flash.feeAdded", redirect);
	}

	@PostMapping("/{code}/collections")
	String addCollection(@PathVariable String code, @ModelAttribute("collectionForm") CollectionForm f,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Organisation org = selected(code);
		Long item = FormValues.number(errors, "feeItemId", f.feeItemId());
		Long year = FormValues.number(errors, "year", f.year());
		BigDecimal amount = FormValues.amount(errors, "amount", f.amount());
		if (errors.hasErrors()) {
			return view(org, model, "collectionForm");
		}
		try {
			if (item == null || fees.get(item).organisationId() != org.id()) {
				throw RuleViolationException.onField("feeItemId", "disclosure.list.error.choice");
			}
			fees.recordCollection(item, year == null ? null : year.intValue(), amount);
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return view(org, model, "collectionForm");
		}
		return done(org, "disclosure.flash.collectionRecorded", redirect);
	}

	@PostMapping("/{code}/bulletins")
	String addBulletin(@PathVariable String code, @ModelAttribute("bulletinForm") BulletinForm f,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Organisation org = selected(code);
		LocalDate publishedOn = FormValues.date(errors, "publishedOn", f.publishedOn());
		if (errors.hasErrors()) {
			return view(org, model, "bulletinForm");
		}
		try {
			bulletins.publish(org.id(), new BulletinInput(f.title(), f.period(), f.periodLabel(),
					publishedOn, f.notes(), f.finances(), f.payments()));
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return view(org, model, "bulletinForm");
		}
		return done(org, "disclosure.flash.bulletinPublished", redirect);
	}

	/** A bulletin unmasked, for staff in scope; the read is audited. */
	@GetMapping("/bulletins/{id}")
	String bulletin(@PathVariable long id, Model model) {
		var bulletin = bulletins.revealed(id);
		model.addAttribute("bulletin", bulletin);
		model.addAttribute("organisation", organisations.get(bulletin.organisationId()));
		return "disclosure/staff/bulletin";
	}

	private String done(Organisation org, String flash, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/workbench/disclosure/lists?org=" + org.code();
	}

	private String view(Organisation org, Model model, String open) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("open", open);
		model.addAttribute("organisation", org);
		model.addAttribute("choices", organisations.subtree(identity.requireUser().organisationId()).stream()
			.filter(o -> !o.retired()).toList());
		model.addAttribute("village", org.kind() == OrganisationKind.VILLAGE);
		model.addAttribute("entries", powers.entries(org.id(), true));
		model.addAttribute("feeItems", fees.items(org.id(), false));
		model.addAttribute("bulletins", org.kind() == OrganisationKind.VILLAGE ? bulletins.published(org.id()) : List.of());
		model.addAttribute("powerKinds", options(PowerKind.values()));
		model.addAttribute("resultKinds", options(new PowerKind[] { PowerKind.LICENSING, PowerKind.PENALTY,
				PowerKind.COERCION }));
		Map<String, String> powerChoices = new LinkedHashMap<>();
		powers.entries(org.id(), false).forEach(p -> powerChoices.put(String.valueOf(p.id()), p.code() + " " + p.name()));
		model.addAttribute("powerChoices", powerChoices);
		Map<String, String> feeChoices = new LinkedHashMap<>();
		fees.items(org.id(), false).forEach(i -> feeChoices.put(String.valueOf(i.id()), i.name()));
		model.addAttribute("feeChoices", feeChoices);
		Map<String, String> periods = new LinkedHashMap<>();
		for (BulletinPeriod p : BulletinPeriod.values()) {
			periods.put(p.key(), p.messageKey());
		}
		model.addAttribute("periods", periods);
		putIfAbsent(model, "powerForm", new PowerForm(null, null, null, null, null, null, null));
		putIfAbsent(model, "resultForm", new ResultForm(null, null, null, null, false, null, null, today.toString()));
		putIfAbsent(model, "feeForm", new FeeForm(null, null, null, null, false));
		putIfAbsent(model, "collectionForm", new CollectionForm(null, String.valueOf(today.getYear()), null));
		putIfAbsent(model, "bulletinForm", new BulletinForm(null, BulletinPeriod.QUARTERLY.key(), null,
				today.toString(), null, null, null));
		return "disclosure/staff/lists";
	}

	private static void putIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	private static Map<String, String> options(PowerKind[] kinds) {
		Map<String, String> m = new LinkedHashMap<>();
		for (PowerKind k : kinds) {
			m.put(k.key(), k.messageKey());
		}
		return m;
	}

	private Organisation selected(String code) {
		CurrentUser user = identity.requireUser();
		Organisation org = code == null || code.isBlank() ? organisations.get(user.organisationId())
				: organisations.getByCode(code.strip());
		identity.requireInScope(org.id(), Role.LEADER, Role.DISCLOSURE_OFFICE);
		return org;
	}
}
