package org.yangguang.services;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.services.internal.CatalogWorkbook;
import org.yangguang.services.internal.GuideRule;
import org.yangguang.services.internal.ItemRepository;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * 事项目录 — the catalog of service items: anyone browses it by department, life event and target user and reads
 * each guide; the competent department's staff (or an administrator) publish a new version of a guide. Publishing
 * never changes a version already published: open cases keep reading the version they were opened under.
 */
@Service
public class ServiceCatalog {

	private final ItemRepository items;
	private final Organisations organisations;
	private final Identity identity;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ServiceCatalog(ItemRepository items, Organisations organisations, Identity identity, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.organisations = organisations;
		this.identity = identity;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Active items matching {@code query}, in code order; an unknown department code finds nothing. */
	@Transactional(readOnly = true)
	public List<ItemSummary> find(ItemQuery query) {
		Long departmentId = null;
		if (query.department() != null && !query.department().isBlank()) {
			Optional<Organisation> department = organisations.findByCode(query.department().strip());
			if (department.isEmpty()) {
				return List.of();
			}
			departmentId = department.get().id();
		}
		Map<Long, Organisation> names = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity()));
		return items.find(query, departmentId).stream().map(r -> {
			Organisation d = names.get(r.departmentId());
			return new ItemSummary(r.code(), r.name(), r.type(), d == null ? null : d.code(),
					d == null ? null : d.name(), r.kind(), r.statutoryDays(), r.promisedDays(), r.parentCode(),
					r.version());
		}).toList();
	}

	/** The current version of an item's guide (a retired item too: its guide is still read by old cases). */
	@Transactional(readOnly = true)
	public PublishedItem get(String code) {
		return items.current(code).orElseThrow(() -> new NotFoundException("services.error.itemNotFound", code));
	}

	@Transactional(readOnly = true)
	public Optional<PublishedItem> find(String code) {
		return items.current(code);
	}

	/** One published version, as a case opened under it reads it. */
	@Transactional(readOnly = true)
	public PublishedItem version(String code, int version) {
		return items.version(code, version)
			.orElseThrow(() -> new NotFoundException("services.error.itemNotFound", code + " v" + version));
	}

	/** Every version of the item, newest first. */
	@Transactional(readOnly = true)
	public List<PublishedItem> history(String code) {
		return items.history(code);
	}

	/** The current guide of every active item (export, search). */
	@Transactional(readOnly = true)
	public List<PublishedItem> all() {
		return items.allCurrent();
	}

	/** The sub-items and business cases of a main item. */
	@Transactional(readOnly = true)
	public List<ItemSummary> children(String code) {
		return find(ItemQuery.ALL).stream().filter(i -> code.equals(i.parentCode())).toList();
	}

	/**
	 * Publishes {@code guide} as the item's next version (the first version creates the item). The competent
	 * department's clerks and leaders, or an administrator, may publish; checked against {@link GuideRule}; audited;
	 * announced with {@link ServiceItemPublished} (the search index follows).
	 */
	@Transactional
	public PublishedItem publish(ServiceGuide guide, String note) {
		GuideRule.check(guide);
		Organisation department = organisationOf("department", guide.department());
		CurrentUser user = identity.requireUser();
		if (!user.has(Role.ADMIN)) {
			identity.requireInScope(department.id(), Role.CLERK, Role.LEADER);
		}
		return publishAs(guide, department, user.displayName(), note);
	}

	/** Publishes without a signed-in user: the demo catalog and the XLSX import already checked the publisher. */
	@Transactional
	public PublishedItem publishAs(ServiceGuide guide, Organisation department, String publishedBy, String note) {
		GuideRule.check(guide);
		for (ServiceGuide.JointTask task : guide.jointTasks()) {
			organisationOf("jointTasks", task.department());
		}
		if (guide.parent() != null && items.current(guide.parent()).isEmpty()) {
			throw RuleViolationException.onField("parent", "services.error.parentUnknown", guide.parent());
		}
		Optional<PublishedItem> before = items.current(guide.code());
		int version = items.publish(guide, department.id(), publishedBy, note, clock.instant());
		audit.record("services.item.published", "service-item", guide.code(),
				before.map(b -> "version=" + b.version()).orElse(null), "version=" + version, note);
		events.publishEvent(new ServiceItemPublished(guide.code(), version, false));
		return items.version(guide.code(), version).orElseThrow();
	}

	/** Takes an item out of the catalog (撤销); its guide stays readable for the cases opened under it. */
	@Transactional
	public void retire(String code, String reason) {
		PublishedItem item = get(code);
		CurrentUser user = identity.requireUser();
		if (!user.has(Role.ADMIN)) {
			identity.requireInScope(organisationOf("department", item.guide().department()).id(), Role.CLERK,
					Role.LEADER);
		}
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "services.error.required", "reason");
		}
		items.retire(code, clock.instant());
		audit.record("services.item.retired", "service-item", code, "version=" + item.version(), "retired", reason);
		events.publishEvent(new ServiceItemPublished(code, item.version(), true));
	}

	/** The current guides of every active item as the XLSX workbook offices keep (事项, 材料, 收费 …). */
	@Transactional(readOnly = true)
	public byte[] exportWorkbook() {
		return CatalogWorkbook.write(items.allCurrent().stream().map(PublishedItem::guide).toList());
	}

	/**
	 * Imports a workbook: every row is checked first, and every item that reads differently from its current version
	 * is published as a new version ({@link #publish}: the department's staff, or an administrator). All or nothing:
	 * when any row is wrong or not the importer's to publish, nothing is published and every problem is reported.
	 */
	@Transactional
	public CatalogImport importWorkbook(byte[] xlsx) {
		identity.requireUser();
		CatalogWorkbook.Parsed parsed = CatalogWorkbook.read(xlsx);
		List<CatalogImport.Problem> problems = new java.util.ArrayList<>(parsed.errors().stream()
			.map(e -> new CatalogImport.Problem(e.sheet(), e.row(), e.messageKey(), e.args())).toList());
		int published = 0;
		int unchanged = 0;
		if (problems.isEmpty()) {
			for (ServiceGuide guide : parsed.guides()) {
				Optional<PublishedItem> current = items.current(guide.code());
				if (current.isPresent() && !current.get().retired()
						&& CatalogWorkbook.sameRows(current.get().guide(), guide)) {
					unchanged++;
					continue;
				}
				try {
					publish(guide, "XLSX 导入");
					published++;
				}
				catch (RuleViolationException e) {
					var error = CatalogWorkbook.itemError(parsed.guides(), guide, e.messageKey(), e.args());
					problems.add(new CatalogImport.Problem(error.sheet(), error.row(), error.messageKey(), error.args()));
				}
				catch (org.springframework.security.access.AccessDeniedException e) {
					var error = CatalogWorkbook.itemError(parsed.guides(), guide, "services.import.notYours",
							new Object[] { guide.department() });
					problems.add(new CatalogImport.Problem(error.sheet(), error.row(), error.messageKey(), error.args()));
				}
			}
		}
		if (!problems.isEmpty()) {
			org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
				.setRollbackOnly();
			return new CatalogImport(0, 0, problems);
		}
		return new CatalogImport(published, unchanged, List.of());
	}

	public long count() {
		return items.count();
	}

	private Organisation organisationOf(String field, String code) {
		return organisations.findByCode(code == null ? "" : code.strip())
			.filter(o -> !o.retired())
			.orElseThrow(() -> RuleViolationException.onField(field, "services.error.departmentUnknown", code));
	}
}
