package org.yangguang.disclosure.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.yangguang.disclosure.CatalogFilter;
import org.yangguang.disclosure.DocumentPage;
import org.yangguang.disclosure.DraftingChoices;
import org.yangguang.disclosure.PreparedVersion;
import org.yangguang.disclosure.PublicationJudgement;
import org.yangguang.disclosure.StaffDesk;
import org.yangguang.disclosure.StaffDocumentView;
import org.yangguang.disclosure.VersionRow;
import org.yangguang.disclosure.VersionState;
import org.yangguang.disclosure.WorkflowAction;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/**
 * Reads for the staff's pages: the desk with its tabs from the {@link ReviewQueue}, a document with the actions
 * the user may take now ({@link DocumentPermissions}) and its deadline ({@link PublicationDeadlines}), and the
 * choices of the draft form.
 */
@Component
public class StaffDesks {

	/** The desk's tabs, in display order. */
	enum Tab {
		MINE, REVIEW, PUBLISH, ALL;

		static Tab of(String key) {
			for (Tab t : values()) {
				if (t.key().equals(key)) {
					return t;
				}
			}
			return MINE;
		}

		String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private final DocumentQueries queries;
	private final DocumentReader reader;
	private final DocumentPermissions permissions;
	private final Catalog catalog;
	private final Organisations organisations;
	private final Reviewers reviewers;
	private final PublicationDeadlines deadlines;

	StaffDesks(DocumentQueries queries, DocumentReader reader, DocumentPermissions permissions, Catalog catalog,
			Organisations organisations, Reviewers reviewers, PublicationDeadlines deadlines) {
		this.queries = queries;
		this.reader = reader;
		this.permissions = permissions;
		this.catalog = catalog;
		this.organisations = organisations;
		this.reviewers = reviewers;
		this.deadlines = deadlines;
	}

	public StaffDesk desk(CurrentUser user, String tab) {
		List<Long> scope = user.organisationId() == null ? List.of()
				: organisations.subtree(user.organisationId()).stream().map(Organisation::id).toList();
		ReviewQueue queue = new ReviewQueue(user);
		List<PreparedVersion> all = queries.inPreparation(scope);
		Map<Tab, List<PreparedVersion>> tabs = new EnumMap<>(Tab.class);
		tabs.put(Tab.MINE, all.stream().filter(queue::mine).toList());
		tabs.put(Tab.REVIEW, all.stream().filter(v -> queue.has(v, ReviewQueue.Task.REVIEW)).toList());
		tabs.put(Tab.PUBLISH, all.stream().filter(v -> queue.has(v, ReviewQueue.Task.PUBLISH)).toList());
		tabs.put(Tab.ALL, all);
		List<PreparedVersion> shown = tabs.get(Tab.of(tab));
		Map<Long, PublicationJudgement> judgements = new HashMap<>();
		shown.forEach(v -> judgements.put(v.documentId(), deadlines.judge(v.formedOn())));
		Map<String, Integer> counts = new HashMap<>();
		tabs.forEach((t, items) -> counts.put(t.key(), items.size()));
		return new StaffDesk(tab, shown, judgements, counts, queue.reviewer(), user.has(Role.DISCLOSURE_OFFICE),
				queries.published(CatalogFilter.of(scope), 0, 10).items(), organisations.all().stream()
					.collect(Collectors.toMap(Organisation::id, Function.identity())));
	}

	public StaffDocumentView document(long id, Integer versionNo) {
		DocumentPage page = reader.staffPage(id, versionNo);
		VersionRow v = page.version();
		Map<String, Boolean> may = new HashMap<>();
		for (WorkflowAction a : WorkflowAction.values()) {
			may.put(a.key(), permissions.may(page.document(), v, a));
		}
		String returnReason = v.state() == VersionState.RETURNED ? reader.lastReturnReason(v).orElse(null) : null;
		return new StaffDocumentView(page, reader.history(id), reader.reviews(id), reader.allVersions(id),
				returnReason, may, page.document().workingVersion() == null,
				reviewers.of(page.organisation(), v.authorId()), deadlines.explain(v.formedOn()),
				v.state().inPreparation() ? deadlines.judge(v.formedOn()) : null);
	}

	public DocumentPage page(long id) {
		return reader.staffPage(id, null);
	}

	public DraftingChoices choices(long organisationId) {
		return new DraftingChoices(organisations.get(organisationId), catalog.columns(organisationId));
	}
}
