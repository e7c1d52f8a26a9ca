package org.yangguang.search.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the change table in the caller's transaction and, once that commits, wakes this node's poller so
 * that the change is found a moment later. Only search's own {@link ChangeListener} records changes: other
 * modules publish events.
 */
@Component
public class ChangeRecorder {

	private final SearchChanges changes;
	private final ChangePoller poller;

	ChangeRecorder(SearchChanges changes, ChangePoller poller) {
		this.changes = changes;
		this.poller = poller;
	}

	/** Records that item {@code id} of the source named {@code source} changed (published, amended, withdrawn…). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String source, String id) {
		if (source == null || source.isBlank() || source.startsWith("*") || id == null || id.isBlank()) {
			throw new IllegalArgumentException("A search change needs a source name and an item id");
		}
		append(source, id);
	}

	/**
	 * Records that every item of the organisation must be read again: those it published ({@code withBelow}
	 * false), or those of it and of every organisation below it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void recordOrganisation(long organisationId, boolean withBelow) {
		append(withBelow ? ChangeCursor.Change.WITHIN : ChangeCursor.Change.ORGANISATION,
				String.valueOf(organisationId));
	}

	private void append(String source, String id) {
		changes.append(source, id);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				poller.wake();
			}
		});
	}
}
