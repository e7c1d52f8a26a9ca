package org.yangguang.disclosure;

import java.util.List;
import java.util.Map;

import org.yangguang.calendar.DeadlineExplanation;
import org.yangguang.identity.StaffAccount;

/**
 * A document as staff see it: one version with its page, the history, the reviews, every version, why it was
 * last returned, the actions the current user may take now and who must approve, and its publication deadline.
 *
 * @param may          by {@link WorkflowAction#key()}: may the current user do this now
 * @param returnReason the last return's reasons while the version is returned, else null
 * @param reviewers    the leaders and disclosure-office staff who may approve it (never its author)
 * @param judgement    the deadline judgement today while the version is in preparation, else null
 */
public record StaffDocumentView(DocumentPage page, List<HistoryEntry> history, List<ReviewRecord> reviews,
		List<VersionRow> allVersions, String returnReason, Map<String, Boolean> may, boolean amendmentOpen,
		List<StaffAccount> reviewers, DeadlineExplanation explanation, PublicationJudgement judgement) {
}
