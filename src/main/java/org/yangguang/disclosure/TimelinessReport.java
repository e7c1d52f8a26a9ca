package org.yangguang.disclosure;

import java.util.List;
import java.util.Map;

import org.yangguang.organisation.Organisation;

/**
 * 公开时效 in a user's scope: the versions in preparation at risk or overdue (earliest deadline first), and the
 * publications of a year with the late ones.
 *
 * @param onTimeRate    percentage of the year's publications that were on time (one decimal), null when none
 * @param atRisk        the at-risk threshold in working days
 * @param organisations the organisations in scope by id
 */
public record TimelinessReport(int year, List<PendingPublication> pending, List<PublishedVersion> late,
		int publishedCount, Double onTimeRate, int atRisk, Map<Long, Organisation> organisations) {
}
