package org.yangguang.services;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.CitizenProfile;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.services.internal.CaseAccess;
import org.yangguang.services.internal.CaseNotices;
import org.yangguang.services.internal.CaseRepository;
import org.yangguang.services.internal.CaseViews;
import org.yangguang.services.internal.CaseWorkflow;
import org.yangguang.services.internal.CertificateRepository;
import org.yangguang.services.internal.ServiceCase;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * 网上办事 — the applicant's side of a case: apply online with the materials at hand, supplement after a one-time
 * notice, follow one's own cases and download every notice. Reading a case is also the door for staff in scope
 * (anyone else: 404).
 */
@Service
public class ServiceApplications {

	private final CaseWorkflow workflow;
	private final CaseRepository cases;
	private final CaseAccess access;
	private final CaseViews views;
	private final CaseNotices notices;
	private final ServiceCatalog catalog;
	private final Accounts accounts;
	private final Organisations organisations;
	private final CertificateRepository certificates;
	private final MaterialLibrary library;

	ServiceApplications(CaseWorkflow workflow, CaseRepository cases, CaseAccess access, CaseViews views,
			CaseNotices notices, ServiceCatalog catalog, Accounts accounts, Organisations organisations,
			CertificateRepository certificates, MaterialLibrary library) {
		this.certificates = certificates;
		this.library = library;
		this.workflow = workflow;
		this.cases = cases;
		this.access = access;
		this.views = views;
		this.notices = notices;
		this.catalog = catalog;
		this.accounts = accounts;
		this.organisations = organisations;
	}

	/**
	 * 网上申请 — a citizen applies for an item with the ids of the materials supplied; the case waits for the
	 * window's pre-check. Committed when this returns.
	 */
	@Transactional
	public CaseView apply(String itemCode, List<Integer> materials) {
		return apply(itemCode, materials, Map.of());
	}

	/**
	 * The same, with files of the applicant's material library (材料库) supplying materials: material id → file id.
	 */
	@Transactional
	public CaseView apply(String itemCode, List<Integer> materials, Map<Integer, Long> libraryFiles) {
		CurrentUser user = access.user();
		if (user.staff() || !user.has(Role.CITIZEN)) {
			throw new AccessDeniedException("only citizens apply online");
		}
		PublishedItem item = openItem(itemCode);
		if (!item.guide().channels().isEmpty() && !item.guide().channels().contains("ONLINE")) {
			throw RuleViolationException.onField("item", "services.error.notOnline", item.guide().name());
		}
		CitizenProfile profile = accounts.ownProfile(user.id()).orElse(null);
		CaseApplicant applicant = profile == null ? new CaseApplicant(user.id(), user.displayName(), null, null)
				: new CaseApplicant(user.id(), firstNonBlank(profile.displayName(), user.displayName()),
						profile.idNumber(), profile.mobile());
		ServiceCase c = ServiceCase.submit(workflow.nextCaseNo(), item.code(), item.version(), item.guide(),
				departmentOf(item).id(), "online", applicant, materials, workflow.today(), user.displayName());
		library.requireOwn(libraryFiles, user.id());
		c.attach(libraryFiles);
		workflow.register(c);
		return views.view(c, user);
	}

	/** 补正 — the applicant supplies what the one-time notice asked for. */
	@Transactional
	public CaseView supplement(String caseNo, List<Integer> materials) {
		CurrentUser user = access.user();
		ServiceCase c = workflow.change(caseNo, "supplemented", sc -> {
			CurrentUser u = access.requireRead(sc);
			if (!access.isApplicant(u, sc) && !u.has(Role.WINDOW)) {
				throw new AccessDeniedException("only the applicant or the window supplements");
			}
			return u.displayName();
		}, (sc, actor) -> sc.supplement(materials, workflow.today(), actor), null);
		return views.view(c, user);
	}

	/** The case as the current reader may see it; 404 for anyone who is neither the applicant nor staff in scope. */
	@Transactional(readOnly = true)
	public CaseView view(String caseNo) {
		ServiceCase c = workflow.load(caseNo, false);
		return views.view(c, access.requireRead(c));
	}

	/** The signed-in applicant's own cases, newest first. */
	@Transactional(readOnly = true)
	public List<CaseRow> mine() {
		return rows(cases.ofApplicant(access.user().id()));
	}

	/** 证照库 — the results issued to the signed-in applicant, newest first. */
	@Transactional(readOnly = true)
	public List<Certificate> certificates() {
		return certificates.of(access.user().id());
	}

	/**
	 * A notice of the case as a PDF (the latest of its kind): {@code acceptance}, {@code one-time},
	 * {@code refusal} or {@code decision}.
	 */
	@Transactional(readOnly = true)
	public byte[] notice(String caseNo, String kind) {
		ServiceCase c = workflow.load(caseNo, false);
		access.requireRead(c);
		return notices.render(c, cases.events(c.id()), CaseNotices.Kind.ofKey(kind),
				organisations.find(c.departmentId()).orElse(null), c.deadline(workflow.calendar()));
	}

	/** A material-library file used by the case, for anyone who may read the case (staff reading it is audited). */
	@Transactional
	public MaterialLibrary.Content caseFile(String caseNo, long fileId) {
		ServiceCase c = workflow.load(caseNo, false);
		CurrentUser user = access.requireRead(c);
		if (!c.files().containsValue(fileId)) {
			throw new NotFoundException("services.error.fileNotFound", fileId);
		}
		return access.isApplicant(user, c) ? library.own(fileId) : library.forCase(caseNo, fileId);
	}

	/** The XHTML of a notice (what {@link #notice} renders), for tests and previews. */
	@Transactional(readOnly = true)
	public String noticeHtml(String caseNo, String kind) {
		ServiceCase c = workflow.load(caseNo, false);
		access.requireRead(c);
		return notices.html(c, cases.events(c.id()), CaseNotices.Kind.ofKey(kind),
				organisations.find(c.departmentId()).orElse(null), c.deadline(workflow.calendar()));
	}

	List<CaseRow> rows(List<CaseRepository.Row> rows) {
		Map<Long, Organisation> names = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity()));
		Map<String, String> itemNames = new java.util.HashMap<>();
		return rows.stream().map(r -> {
			Organisation d = names.get(r.departmentId());
			String itemName = itemNames.computeIfAbsent(r.itemCode() + "@" + r.itemVersion(),
					k -> catalog.version(r.itemCode(), r.itemVersion()).guide().name());
			return new CaseRow(r.caseNo(), r.itemCode(), itemName, d == null ? null : d.name(), r.status(), r.step(),
					r.applicantName(), r.submittedOn(), r.acceptedOn(), r.deadline(), r.paused(), r.greenChannel(),
					r.holder(), r.heldSince());
		}).toList();
	}

	PublishedItem openItem(String itemCode) {
		if (itemCode == null || itemCode.isBlank()) {
			throw RuleViolationException.onField("item", "services.error.itemRequired");
		}
		PublishedItem item = catalog.find(itemCode.strip())
			.orElseThrow(() -> RuleViolationException.onField("item", "services.error.itemUnknown", itemCode));
		if (item.retired()) {
			throw RuleViolationException.onField("item", "services.error.itemRetired", item.guide().name());
		}
		return item;
	}

	Organisation departmentOf(PublishedItem item) {
		return organisations.findByCode(item.guide().department())
			.orElseThrow(() -> new NotFoundException("services.error.departmentUnknown", item.guide().department()));
	}

	private static String firstNonBlank(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v.strip();
			}
		}
		return null;
	}
}
