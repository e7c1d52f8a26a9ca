package org.yangguang.disclosure.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.disclosure.CatalogColumnRenamed;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.ColumnFreshness;

/**
 * 公开目录 — the columns of each organisation's catalog. Every organisation gets the {@link StandardColumns} of
 * its kind; the disclosure office (政务公开办) of the organisation or above adds, renames and retires columns.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

	public static final int MAX_NAME_LENGTH = 60;
	public static final int MAX_DESCRIPTION_LENGTH = 500;

	private final ColumnRepository columns;
	private final DocumentRepository documents;
	private final Organisations organisations;
	private final Identity identity;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	Catalog(ColumnRepository columns, DocumentRepository documents, Organisations organisations, Identity identity,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.columns = columns;
		this.documents = documents;
		this.organisations = organisations;
		this.identity = identity;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** All columns of the organisation, retired ones included, in display order. */
	public List<CatalogColumn> columns(long organisationId) {
		return columns.findByOrganisation(organisationId);
	}

	public List<CatalogColumn> activeColumns(long organisationId) {
		return columns(organisationId).stream().filter(c -> !c.retired()).toList();
	}

	public CatalogColumn get(long columnId) {
		return columns.find(columnId).orElseThrow(() -> new NotFoundException("disclosure.error.columnNotFound",
				String.valueOf(columnId)));
	}

	public Optional<CatalogColumn> byCode(long organisationId, String code) {
		return columns.findByCode(organisationId, code);
	}

	/** The active column with this name in the organisation's catalog. */
	public Optional<CatalogColumn> activeByName(long organisationId, String name) {
		return name == null ? Optional.empty()
				: columns.findByName(organisationId, name.strip()).filter(c -> !c.retired());
	}

	/** Adds the standard columns the organisation does not have yet (by code); returns how many were added. */
	@Transactional
	public int ensureStandardColumns(Organisation organisation) {
		List<CatalogColumn> existing = columns.findByOrganisation(organisation.id());
		Map<String, Long> idByCode = new HashMap<>();
		existing.stream().filter(CatalogColumn::standard).forEach(c -> idByCode.put(c.code(), c.id()));
		int sort = existing.stream().mapToInt(CatalogColumn::sortOrder).max().orElse(0);
		int added = 0;
		for (StandardColumns.Definition d : StandardColumns.forKind(organisation.kind())) {
			if (idByCode.containsKey(d.code())) {
				continue;
			}
			String name = existing.stream().anyMatch(c -> c.name().equals(d.name())) ? d.name() + "（标准）" : d.name();
			Long parent = d.parent() == null ? null : idByCode.get(d.parent());
			sort += 10;
			idByCode.put(d.code(), columns.insert(organisation.id(), parent, d.code(), name, d.freshness(), null, sort,
					clock.instant()));
			added++;
		}
		return added;
	}

	/**
	 * The standard column {@code code} of the organisation (年度报告, 重大决策预公开, 会议公开 …), added when the
	 * organisation does not have it yet (a column added to the standard tree later, or one its kind does not get,
	 * such as a village's annual report). A retired one is refused: the office retired it on purpose.
	 */
	@Transactional
	public CatalogColumn standardColumn(long organisationId, String code) {
		Organisation organisation = organisations.get(organisationId);
		Optional<CatalogColumn> column = byCode(organisationId, code);
		if (column.isEmpty()) {
			ensureStandardColumns(organisation);
			column = byCode(organisationId, code);
		}
		if (column.isEmpty()) {
			StandardColumns.Definition d = StandardColumns.TREE.stream()
				.filter(def -> def.code().equals(code)).findFirst().orElseThrow();
			long id = columns.insert(organisationId, null, d.code(), d.name(), d.freshness(), null,
					columns.maxSortOrder(organisationId) + 10, clock.instant());
			column = columns.find(id);
		}
		CatalogColumn found = column.orElseThrow();
		if (found.retired()) {
			throw new RuleViolationException("disclosure.column.error.retired", found.name());
		}
		return found;
	}

	/** The office adds a column (under a top-level column, or at the top). */
	@Transactional
	public CatalogColumn add(long organisationId, Long parentId, String name, ColumnFreshness freshness,
			String description) {
		identity.requireInScope(organisationId, Role.DISCLOSURE_OFFICE);
		String cleanName = requireName(organisationId, name, null);
		if (freshness == null) {
			throw RuleViolationException.onField("freshness", "disclosure.column.error.freshness");
		}
		if (parentId != null) {
			CatalogColumn parent = get(parentId);
			if (parent.organisationId() != organisationId || parent.retired() || parent.parentId() != null) {
				throw RuleViolationException.onField("parentId", "disclosure.column.error.parent");
			}
		}
		long id = columns.insert(organisationId, parentId, null, cleanName, freshness, clean(description),
				columns.maxSortOrder(organisationId) + 10, clock.instant());
		audit.record("disclosure.column.added", "disclosure-column", String.valueOf(id), null,
				"organisation=" + organisationId + "; name=" + cleanName + "; freshness=" + freshness.key(), null);
		return get(id);
	}

	@Transactional
	public CatalogColumn rename(long columnId, String name, String description) {
		CatalogColumn before = get(columnId);
		identity.requireInScope(before.organisationId(), Role.DISCLOSURE_OFFICE);
		requireActive(before);
		String cleanName = requireName(before.organisationId(), name, columnId);
		columns.rename(columnId, cleanName, clean(description), clock.instant());
		events.publishEvent(new CatalogColumnRenamed(columnId, before.organisationId(), cleanName,
				documents.publicDocumentIdsInColumn(columnId)));
		audit.record("disclosure.column.renamed", "disclosure-column", String.valueOf(columnId), before.name(),
				cleanName, null);
		return get(columnId);
	}

	/** A column still holding public documents or documents in preparation cannot be retired. */
	@Transactional
	public CatalogColumn retire(long columnId, String reason) {
		CatalogColumn column = get(columnId);
		identity.requireInScope(column.organisationId(), Role.DISCLOSURE_OFFICE);
		requireActive(column);
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "disclosure.column.error.reasonRequired");
		}
		if (documents.countLiveInColumn(columnId) > 0) {
			throw new RuleViolationException("disclosure.column.error.notEmpty", column.name());
		}
		if (columns.findByOrganisation(column.organisationId()).stream()
			.anyMatch(c -> !c.retired() && Long.valueOf(columnId).equals(c.parentId()))) {
			throw new RuleViolationException("disclosure.column.error.hasChildren", column.name());
		}
		columns.retire(columnId, reason.strip(), clock.instant());
		audit.record("disclosure.column.retired", "disclosure-column", String.valueOf(columnId), column.name(), null,
				reason.strip());
		return get(columnId);
	}

	public Organisation organisation(long organisationId) {
		return organisations.get(organisationId);
	}

	private String requireName(long organisationId, String name, Long self) {
		if (name == null || name.isBlank()) {
			throw RuleViolationException.onField("name", "disclosure.column.error.nameRequired");
		}
		String clean = name.strip();
		if (clean.length() > MAX_NAME_LENGTH) {
			throw RuleViolationException.onField("name", "disclosure.column.error.nameLength", MAX_NAME_LENGTH);
		}
		Optional<CatalogColumn> same = columns.findByName(organisationId, clean);
		if (same.isPresent() && (self == null || same.get().id() != self)) {
			throw RuleViolationException.onField("name", "disclosure.column.error.nameTaken", clean);
		}
		return clean;
	}

	private static void requireActive(CatalogColumn column) {
		if (column.retired()) {
			throw new RuleViolationException("disclosure.column.error.retired", column.name());
		}
	}

	private static String clean(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		if (t.length() > MAX_DESCRIPTION_LENGTH) {
			throw RuleViolationException.onField("description", "disclosure.column.error.descriptionLength",
					MAX_DESCRIPTION_LENGTH);
		}
		return t;
	}
}
