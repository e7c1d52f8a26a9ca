package org.yangguang.disclosure;

import java.util.List;
import java.util.Map;

import org.yangguang.organisation.Organisation;

/**
 * 信息发布工作台 — what a staff member's desk shows: the versions in preparation on one tab (their drafts, the
 * review queue, what waits for publication, or all) with each one's deadline judgement, the count of every tab,
 * and the latest publications in their scope.
 *
 * @param tab           {@code mine}, {@code review}, {@code publish} or {@code all}
 * @param judgements    by document id
 * @param reviewer      whether the user reviews and publishes (leader, disclosure office)
 * @param office        whether the user is the disclosure office
 * @param organisations every organisation by id, for names
 */
public record StaffDesk(String tab, List<PreparedVersion> items, Map<Long, PublicationJudgement> judgements,
		Map<String, Integer> counts, boolean reviewer, boolean office, List<DocumentSummary> published,
		Map<Long, Organisation> organisations) {
}
