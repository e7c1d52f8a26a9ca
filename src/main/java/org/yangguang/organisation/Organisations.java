package org.yangguang.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.organisation.internal.OrganisationRepository;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * The organisation tree (组织机构): reads for every module, and the administrators' commands. Every change is
 * audited and published as {@link OrganisationChanged}. Retired organisations keep their history and are never
 * deleted.
 */
@Service
public class Organisations {

	private final OrganisationRepository repository;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Organisations(OrganisationRepository repository, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public List<Organisation> all() {
		return repository.findAll();
	}

	public List<Organisation> active() {
		return repository.findAll().stream().filter(o -> !o.retired()).toList();
	}

	/** All organisations in depth-first tree order (parents before their children), for display. */
	public List<Organisation> inTreeOrder() {
		List<Organisation> all = repository.findAll();
		Map<Long, List<Organisation>> byParent = new LinkedHashMap<>();
		all.forEach(o -> byParent.computeIfAbsent(o.parentId() == null ? 0L : o.parentId(), k -> new ArrayList<>())
			.add(o));
		List<Organisation> ordered = new ArrayList<>(all.size());
		appendChildren(0L, byParent, ordered);
		return ordered;
	}

	private static void appendChildren(long parent, Map<Long, List<Organisation>> byParent, List<Organisation> out) {
		for (Organisation child : byParent.getOrDefault(parent, List.of())) {
			out.add(child);
			appendChildren(child.id(), byParent, out);
		}
	}

	public Optional<Organisation> find(long id) {
		return repository.findById(id);
	}

	public Organisation get(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("organisation.error.notFound", id));
	}

	public Optional<Organisation> findByCode(String code) {
		return repository.findByCode(code);
	}

	public Organisation getByCode(String code) {
		return repository.findByCode(code)
			.orElseThrow(() -> new NotFoundException("organisation.error.codeNotFound", code));
	}

	/** The organisation and everything below it. */
	public List<Organisation> subtree(long rootId) {
		return repository.findSubtree(get(rootId).path());
	}

	/** Data scope: is {@code organisationId} the organisation {@code scopeRootId} or below it? */
	public boolean isWithin(long organisationId, long scopeRootId) {
		if (organisationId == scopeRootId) {
			return true;
		}
		return repository.isWithin(organisationId, scopeRootId);
	}

	@Transactional
	public Organisation create(NewOrganisation request) {
		if (repository.findByCode(request.code()).isPresent()) {
			throw new RuleViolationException("organisation.error.codeTaken", request.code());
		}
		Organisation parent = null;
		if (request.parentId() != null) {
			parent = get(request.parentId());
			if (parent.retired()) {
				throw new RuleViolationException("organisation.error.parentRetired", parent.name());
			}
		}
		else if (request.kind() != OrganisationKind.GOVERNMENT) {
			throw new RuleViolationException("organisation.error.rootMustBeGovernment");
		}
		long id = repository.insert(request.code(), request.name(), request.kind(), request.parentId(),
				parent == null ? null : parent.path(), request.creditCode(),
				request.contact() == null ? Organisation.Contact.NONE : request.contact(), request.sortOrder(),
				clock.instant());
		Organisation created = get(id);
		audit.record("organisation.created", "organisation", String.valueOf(id), null, describe(created), null);
		events.publishEvent(new OrganisationChanged(id, OrganisationChange.CREATED));
		return created;
	}

	@Transactional
	public Organisation rename(long id, String newName, String reason) {
		Organisation before = get(id);
		requireActive(before);
		repository.rename(id, newName, clock.instant());
		Organisation after = get(id);
		audit.record("organisation.renamed", "organisation", String.valueOf(id), before.name(), newName, reason);
		events.publishEvent(new OrganisationChanged(id, OrganisationChange.RENAMED));
		return after;
	}

	@Transactional
	public Organisation updateContact(long id, Organisation.Contact contact, String creditCode) {
		Organisation before = get(id);
		repository.updateContact(id, contact, creditCode, clock.instant());
		Organisation after = get(id);
		audit.record("organisation.contact-changed", "organisation", String.valueOf(id), describe(before),
				describe(after), null);
		events.publishEvent(new OrganisationChanged(id, OrganisationChange.CONTACT_CHANGED));
		return after;
	}

	@Transactional
	public Organisation move(long id, long newParentId, String reason) {
		Organisation node = get(id);
		Organisation newParent = get(newParentId);
		requireActive(node);
		if (newParent.isWithin(node)) {
			throw new RuleViolationException("organisation.error.moveIntoOwnSubtree", node.name(), newParent.name());
		}
		if (newParent.retired()) {
			throw new RuleViolationException("organisation.error.parentRetired", newParent.name());
		}
		repository.move(node, newParent, clock.instant());
		audit.record("organisation.moved", "organisation", String.valueOf(id), String.valueOf(node.parentId()),
				String.valueOf(newParentId), reason);
		events.publishEvent(new OrganisationChanged(id, OrganisationChange.MOVED));
		return get(id);
	}

	/**
	 * Marks whether the organisation accepts applications under the 政府信息公开条例 (第二条、第十条、第五十五条), e.g. an
	 * institution that exercises public functions under a law; audited with the reason.
	 */
	@Transactional
	public Organisation setAcceptsApplications(long id, boolean accepts, String reason) {
		Organisation before = get(id);
		if (before.acceptsApplications() == accepts) {
			return before;
		}
		repository.setAcceptsApplications(id, accepts, clock.instant());
		audit.record("organisation.accepts-applications-changed", "organisation", String.valueOf(id),
				String.valueOf(before.acceptsApplications()), String.valueOf(accepts), reason);
		events.publishEvent(new OrganisationChanged(id, OrganisationChange.ACCEPTS_APPLICATIONS_CHANGED));
		return get(id);
	}

	/** 撤销: the organisation stays with its history, marked retired; its active children must go first. */
	@Transactional
	public Organisation retire(long id, String reason) {
		Organisation org = get(id);
		requireActive(org);
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("organisation.error.reasonRequired");
		}
		if (repository.hasActiveChildren(id)) {
			throw new RuleViolationException("organisation.error.hasActiveChildren", org.name());
		}
		repository.retire(id, reason, clock.instant());
		audit.record("organisation.retired", "organisation", String.valueOf(id), describe(org), null, reason);
		events.publishEvent(new OrganisationChanged(id, OrganisationChange.RETIRED));
		return get(id);
	}

	/**
	 * Imports a tree under {@code parentId} (null: as a root). Existing codes are matched and renamed if their
	 * name differs; new codes are created. Nothing is deleted.
	 */
	@Transactional
	public ImportResult importTree(Long parentId, List<OrganisationTreeNode> roots) {
		int[] counts = new int[3];
		for (OrganisationTreeNode root : roots) {
			importNode(parentId, root, counts);
		}
		return new ImportResult(counts[0], counts[1], counts[2]);
	}

	private void importNode(Long parentId, OrganisationTreeNode node, int[] counts) {
		if (node.code() == null || node.code().isBlank() || node.name() == null || node.name().isBlank()) {
			throw new RuleViolationException("organisation.error.importNodeIncomplete");
		}
		Optional<Organisation> existing = repository.findByCode(node.code());
		long id;
		if (existing.isEmpty()) {
			id = create(new NewOrganisation(node.code(), node.name(), node.resolvedKind(), parentId, node.creditCode(),
					new Organisation.Contact(node.address(), node.phone(), node.officeHours(), null), 0)).id();
			counts[0]++;
		}
		else if (!existing.get().name().equals(node.name())) {
			id = rename(existing.get().id(), node.name(), "import").id();
			counts[1]++;
		}
		else {
			id = existing.get().id();
			counts[2]++;
		}
		for (OrganisationTreeNode child : node.childrenOrEmpty()) {
			importNode(id, child, counts);
		}
	}

	public long count() {
		return repository.count();
	}

	private static void requireActive(Organisation org) {
		if (org.retired()) {
			throw new RuleViolationException("organisation.error.retired", org.name());
		}
	}

	private static String describe(Organisation o) {
		return "code=" + o.code() + "; name=" + o.name() + "; kind=" + o.kind().key() + "; parent=" + o.parentId()
				+ "; address=" + o.contact().address() + "; phone=" + o.contact().phone() + "; hours="
				+ o.contact().officeHours() + "; email=" + o.contact().email() + "; creditCode=" + o.creditCode();
	}
}
