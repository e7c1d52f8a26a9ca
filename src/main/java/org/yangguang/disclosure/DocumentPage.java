package org.yangguang.disclosure;

import java.util.List;

import org.yangguang.organisation.Organisation;

/**
 * Everything a document page shows for one version: the document, the version, where it is published, its
 * attachments, the other versions with their hashes, the policy it interprets and its interpretations.
 *
 * @param versions the versions that were public, oldest first (the archive)
 */
public record DocumentPage(DocumentRow document, VersionRow version, Organisation organisation, CatalogColumn column,
		List<AttachmentRecord> attachments, List<VersionRow> versions, DocumentSummary interprets,
		List<DocumentSummary> interpretations) {

	/** The version's validity: repealed, amended (a newer version exists) or in force. */
	public Validity validity() {
		if (version.state() == VersionState.SUPERSEDED) {
			return Validity.AMENDED;
		}
		if (version.state() == VersionState.REPEALED || document.status() == DocumentStatus.REPEALED) {
			return Validity.REPEALED;
		}
		return Validity.IN_FORCE;
	}

	/** True when this is an older version and a newer one is public. */
	public boolean newerVersionExists() {
		return document.currentVersion() != null && version.versionNo() < document.currentVersion();
	}

	public boolean current() {
		return document.currentVersion() != null && version.versionNo() == document.currentVersion();
	}
}
