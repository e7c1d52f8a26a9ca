package org.yangguang.disclosure.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.disclosure.internal.Catalog;
import org.yangguang.disclosure.internal.CatalogFilter;
import org.yangguang.disclosure.internal.ContentProblem;
import org.yangguang.disclosure.internal.ContentRules;
import org.yangguang.disclosure.internal.DisclosureProperties;
import org.yangguang.disclosure.internal.DocumentAttachments;
import org.yangguang.disclosure.internal.DocumentPage;
import org.yangguang.disclosure.internal.DocumentPermissions;
import org.yangguang.disclosure.internal.DocumentQueries;
import org.yangguang.disclosure.internal.DocumentReader;
import org.yangguang.disclosure.internal.DocumentWorkflow;
import org.yangguang.disclosure.internal.PublicationChanges;
import org.yangguang.disclosure.internal.PublicationTimeliness;
import org.yangguang.disclosure.internal.ReviewDecision;
import org.yangguang.disclosure.internal.VersionState;
import org.yangguang.disclosure.internal.WorkflowAction;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.FormErrors;
import org.yangguang.shared.RuleViolationException;

/**
 * 信息发布工作台 — the staff's disclosure pages: their drafts, the review queue, what waits for publication, the
 * edit form with errors next to the fields, and a document's page with its deadline, history, reviews and the
 * actions allowed now (with who must approve).
 */
@Controller
@RequestMapping("/workbench/disclosure")
@PreAuthorize("hasAnyRole('CLERK', 'LEADER', 'DISCLOSURE_OFFICE')")
class StaffDocumentController {

	private static final String BASE = "/workbench/disclosure/documents/";

	private final DocumentQueries queries;
	private final DocumentReader reader;
	private final DocumentWorkflow workflow;
	private final PublicationChanges changes;
	private final DocumentAttachments attachments;
	private final DocumentPermissions permissions;
	private final Catalog catalog;
	private final Organisations organisations;
	private final Identity identity;
	private final Reviewers reviewers;
	private final WorkingCalendar calendar;
	private final DisclosureProperties properties;
	private final Clock clock;
	private final MessageSource messages;

	StaffDocumentController(DocumentQueries queries, DocumentReader reader, DocumentWorkflow workflow,
			PublicationChanges changes,
			DocumentAttachments attachments, DocumentPermissions permissions, Catalog catalog,
			Organisations organisations, Identity identity, Reviewers reviewers, WorkingCalendar calendar,
			DisclosureProperties properties, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.queries = queries;
		this.reader = reader;
		this.workflow = workflow;
		this.changes = changes;
		this.attachments = attachments;
		this.permissions = permissions;
		this.catalog = catalog;
		this.organisations = organisations;
		this.identity = identity;
		this.reviewers = reviewers;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping
	String index(@RequestParam(defaultValue = "mine") String tab, Model model) {
		CurrentUser user = identity.requireUser();
		List<Long> scope = scope(user);
		boolean reviewer = user.hasAny(WorkflowAction.APPROVE.rolesArray());
		var all = queries.inPreparation(scope);
		var mine = all.stream().filter(v -> v.authorId() != null && v.authorId() == user.id()).toList();
		var review = all.stream().filter(v -> reviewer && v.state() == VersionState.SUBMITTED
				&& (v.authorId() == null || v.authorId() != user.id())).toList();
		var publish = all.stream().filter(v -> reviewer && v.state() == VersionState.REVIEWED).toList();
		var shown = switch (tab) {
			case "review" -> review;
			case "publish" -> publish;
			case "all" -> all;
			default -> mine;
		};
		PublicationTimeliness timeliness = timeliness();
		LocalDate today = LocalDate.now(clock);
		Map<Long, PublicationTimeliness.Judgement> judgements = new HashMap<>();
		shown.forEach(v -> judgements.put(v.documentId(), timeliness.judge(v.formedOn(), today)));
		model.addAttribute("tab", tab);
		model.addAttribute("items", shown);
		model.addAttribute("judgements", judgements);
		model.addAttribute("counts", Map.of("mine", mine.size(), "review", review.size(), "publish", publish.size(),
				"all", all.size()));
		model.addAttribute("reviewer", reviewer);
		model.addAttribute("office", user.has(Role.DISCLOSURE_OFFICE));
		model.addAttribute("published", queries.published(CatalogFilter.of(scope), 0, 10).items());
		model.addAttribute("orgs", orgs());
		return "disclosure/staff/index";
	}

	@GetMapping("/documents/new")
	String newDocument(Model model) {
		CurrentUser user = identity.requireUser();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DocumentForm.blank(LocalDate.now(clock)));
		}
		return form(user.organisationId(), null, model);
	}

	@PostMapping("/documents")
	String create(@ModelAttribute("form") DocumentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = identity.requireUser();
		if (!check(user.organisationId(), form, errors)) {
			return form(user.organisationId(), null, model);
		}
		try {
			long id = workflow.create(form.content(errors));
			redirect.addFlashAttribute("flash", "disclosure.flash.created");
			return "redirect:" + BASE + id;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return form(user.organisationId(), null, model);
		}
	}

	@GetMapping("/documents/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
		DocumentPage page = reader.staffPage(id, version);
		var v = page.version();
		model.addAttribute("page", page);
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("history", reader.history(id));
		model.addAttribute("reviews", reader.reviews(id));
		model.addAttribute("allVersions", reader.allVersions(id));
		model.addAttribute("returnReason", v.state() == VersionState.RETURNED
				? reader.lastReturnReason(v).orElse(null) : null);
		Map<String, Boolean> may = new HashMap<>();
		for (WorkflowAction a : WorkflowAction.values()) {
			may.put(a.key(), permissions.may(page.document(), v, a));
		}
		model.addAttribute("may", may);
		model.addAttribute("amendmentOpen", page.document().workingVersion() == null);
		model.addAttribute("reviewers", reviewers.of(page.organisation(), v.authorId()));
		PublicationTimeliness timeliness = timeliness();
		model.addAttribute("explanation", timeliness.explain(v.formedOn()));
		model.addAttribute("judgement", v.state().inPreparation()
				? timeliness.judge(v.formedOn(), LocalDate.now(clock)) : null);
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", new ReviewForm(null, null, false, false));
		}
		return "disclosure/staff/document";
	}

	@GetMapping("/documents/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		DocumentPage page = reader.staffPage(id, null);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DocumentForm.of(page.version(), page.column().name()));
		}
		return form(page.document().organisationId(), page, model);
	}

	@PostMapping("/documents/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") DocumentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		DocumentPage page = reader.staffPage(id, null);
		long org = page.document().organisationId();
		if (!check(org, form, errors)) {
			return form(org, page, model);
		}
		try {
			workflow.update(id, form.content(errors));
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return form(org, page, model);
		}
		redirect.addFlashAttribute("flash", "disclosure.flash.saved");
		return "redirect:" + BASE + id;
	}

	@PostMapping("/documents/{id}/submit")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		workflow.submit(id);
		redirect.addFlashAttribute("flash", "disclosure.flash.submitted");
		return "redirect:" + BASE + id;
	}

	/** The reviewer's decision: approve with both reviews ticked, or return with reasons. */
	record ReviewForm(String decision, String comment, Boolean confidentialityChecked, Boolean accuracyChecked) {
	}

	@PostMapping("/documents/{id}/review")
	String review(@PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		try {
			workflow.review(id, new ReviewDecision("approve".equals(form.decision()), form.comment(),
					Boolean.TRUE.equals(form.confidentialityChecked()), Boolean.TRUE.equals(form.accuracyChecked())));
		}
		catch (RuleViolationException e) {
			FormErrors.reject(errors, e);
			return show(id, null, model);
		}
		redirect.addFlashAttribute("flash",
				"approve".equals(form.decision()) ? "disclosure.flash.approved" : "disclosure.flash.returned");
		return "redirect:" + BASE + id;
	}

	@PostMapping("/documents/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		workflow.publish(id);
		redirect.addFlashAttribute("flash", "disclosure.flash.published");
		return "redirect:" + BASE + id;
	}

	@PostMapping("/documents/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			changes.withdraw(id, reason);
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("actionError", text(e));
			return "redirect:" + BASE + id;
		}
		redirect.addFlashAttribute("flash", "disclosure.flash.withdrawn");
		return "redirect:" + BASE + id;
	}

	@PostMapping("/documents/{id}/repeal")
	String repeal(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) LocalDate repealedOn, RedirectAttributes redirect) {
		try {
			changes.repeal(id, repealedOn, reason);
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("actionError", text(e));
			return "redirect:" + BASE + id;
		}
		redirect.addFlashAttribute("flash", "disclosure.flash.repealed");
		return "redirect:" + BASE + id;
	}

	@PostMapping("/documents/{id}/amend")
	String amend(@PathVariable long id, @RequestParam(required = false) String changeNote,
			RedirectAttributes redirect) {
		changes.amend(id, changeNote);
		redirect.addFlashAttribute("flash", "disclosure.flash.amended");
		return "redirect:" + BASE + id + "/edit";
	}

	@PostMapping("/documents/{id}/attachments")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw RuleViolationException.onField("file", "disclosure.attachment.error.empty");
			}
			attachments.add(id, file.getOriginalFilename(), file.getBytes());
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("attachmentError", text(e));
			return "redirect:" + BASE + id + "#attachments";
		}
		redirect.addFlashAttribute("flash", "disclosure.flash.attached");
		return "redirect:" + BASE + id + "#attachments";
	}

	@PostMapping("/documents/{id}/attachments/{attachmentId}/delete")
	String removeAttachment(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		attachments.remove(id, attachmentId);
		redirect.addFlashAttribute("flash", "disclosure.flash.detached");
		return "redirect:" + BASE + id + "#attachments";
	}

	private String text(RuleViolationException e) {
		return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
	}

	/** Runs every content rule and puts each problem next to its field; false when there is any error. */
	private boolean check(long organisationId, DocumentForm form, BindingResult errors) {
		ContentRules.Result result = workflow.check(organisationId, form.content(errors));
		result.problems().stream().filter(p -> !errors.hasFieldErrors(p.field())).forEach(p -> reject(errors, p));
		return !errors.hasErrors();
	}

	private static void reject(BindingResult errors, ContentProblem p) {
		errors.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
	}

	private String form(long organisationId, DocumentPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("organisation", organisations.get(organisationId));
		model.addAttribute("columns", FormOptions.columns(catalog.columns(organisationId)));
		model.addAttribute("topics", FormOptions.topics());
		model.addAttribute("genres", FormOptions.genres());
		model.addAttribute("classifications", FormOptions.classifications());
		model.addAttribute("grounds", FormOptions.grounds());
		model.addAttribute("maxTitle", ContentRules.MAX_TITLE);
		return "disclosure/staff/form";
	}

	private PublicationTimeliness timeliness() {
		return new PublicationTimeliness(calendar.calendar(), properties.atRiskWorkingDays());
	}

	private List<Long> scope(CurrentUser user) {
		return user.organisationId() == null ? List.of()
				: organisations.subtree(user.organisationId()).stream().map(Organisation::id).toList();
	}

	private Map<Long, Organisation> orgs() {
		Map<Long, Organisation> map = new HashMap<>();
		organisations.all().forEach(o -> map.put(o.id(), o));
		return map;
	}
}
