package org.yangguang.disclosure;

import java.util.List;

import org.yangguang.organisation.Organisation;

/**
 * 栏目更新情况 in a user's scope: the totals of each organisation, and the columns of the selected one.
 *
 * @param selected null when no organisation is selected (then {@code rows} is empty)
 */
public record FreshnessOverview(List<FreshnessSummary> summaries, Organisation selected, List<ColumnUpdate> rows) {
}
