package org.yangguang.search.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yangguang.appeals.AppealProgressed;
import org.yangguang.disclosure.CatalogColumnRenamed;
import org.yangguang.disclosure.DocumentPublished;
import org.yangguang.disclosure.DocumentRepealed;
import org.yangguang.disclosure.DocumentWithdrawn;
import org.yangguang.organisation.OrganisationChanged;
import org.yangguang.services.ServiceItemPublished;

/**
 * How search learns that what it shows has changed: from the events of the modules it indexes, never from calls.
 * Each event is turned into rows of the change table, which every node replays into its own index. The listener
 * runs after the publishing transaction committed, in a transaction of its own; the event publication registry
 * keeps an event whose row could not be written and delivers it again.
 * <p>
 * What needs reading again:
 * <ul>
 * <li>{@link DocumentPublished} (first publication or amendment), {@link DocumentWithdrawn} (the item leaves the
 * index) and {@link DocumentRepealed} (its validity changes): that document.</li>
 * <li>{@link AppealProgressed} answered, rated or reopened: that ticket's Q&A wall entry.</li>
 * <li>{@link ServiceItemPublished}: that service item (a new version of its guide, or retired).</li>
 * <li>{@link CatalogColumnRenamed}: the public documents of the column, which show the column's name.</li>
 * <li>{@link OrganisationChanged} {@code RENAMED}: every item that organisation published, which shows its name.
 * {@code MOVED}: every item of the organisation and of every organisation below it, whose lineage (the filter
 * "this organisation and those below it") changed. These are written as one organisation-wide row each; every
 * node finds the items in its own index when it replays the row.</li>
 * <li>{@code CREATED}, {@code CONTACT_CHANGED} and {@code RETIRED} change nothing the index holds (a new
 * organisation has no items yet; contact details are not indexed; a retired organisation's documents stay public
 * under its name and place in the tree): nothing.</li>
 * </ul>
 */
@Component
class ChangeListener {

	/** The name disclosure's search source answers to. */
	static final String DOCUMENTS = "document";
	/** The name the service centre's search source answers to. */
	static final String SERVICE_ITEMS = "service-item";
	/** The name the Q&A wall's search source answers to, and the steps that change what the wall shows. */
	static final String APPEALS = "appeal";
	static final java.util.Set<String> WALL_STEPS = java.util.Set.of("replied", "rated", "reopened", "escalated");

	private final ChangeRecorder recorder;

	ChangeListener(ChangeRecorder recorder) {
		this.recorder = recorder;
	}

	@ApplicationModuleListener
	void on(DocumentPublished event) {
		recorder.record(DOCUMENTS, String.valueOf(event.documentId()));
	}

	@ApplicationModuleListener
	void on(DocumentWithdrawn event) {
		recorder.record(DOCUMENTS, String.valueOf(event.documentId()));
	}

	@ApplicationModuleListener
	void on(DocumentRepealed event) {
		recorder.record(DOCUMENTS, String.valueOf(event.documentId()));
	}

	@ApplicationModuleListener
	void on(CatalogColumnRenamed event) {
		event.publicDocumentIds().forEach(id -> recorder.record(DOCUMENTS, String.valueOf(id)));
	}

	/** A service item's guide was published or the item retired: that item (its current guide, or gone). */
	@ApplicationModuleListener
	void on(ServiceItemPublished event) {
		recorder.record(SERVICE_ITEMS, event.code());
	}

	/** A ticket was answered, rated or reopened: the Q&A wall entry appears, changes or goes. */
	@ApplicationModuleListener
	void on(AppealProgressed event) {
		if (WALL_STEPS.contains(event.action())) {
			recorder.record(APPEALS, event.ticketNo());
		}
	}

	@ApplicationModuleListener
	void on(OrganisationChanged event) {
		switch (event.change()) {
			case RENAMED -> recorder.recordOrganisation(event.organisationId(), false);
			case MOVED -> recorder.recordOrganisation(event.organisationId(), true);
			case CREATED, CONTACT_CHANGED, ACCEPTS_APPLICATIONS_CHANGED, RETIRED -> {
				// nothing the index holds changed
			}
		}
	}
}
