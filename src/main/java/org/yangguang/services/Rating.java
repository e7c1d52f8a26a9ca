package org.yangguang.services;

import java.time.LocalDate;

/**
 * One rating (好差评). The rater is not shown publicly; {@code realName} says whether the rater is known (a citizen
 * account), which makes a return visit due for a bad rating.
 *
 * @param level 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意
 */
public record Rating(long id, String caseNo, String channel, int level, String comment, LocalDate ratedOn,
		boolean realName, String departmentName, String itemCode, String itemName, RatingStatus status,
		LocalDate rectifyDue, String handlingNote, LocalDate handledOn, String returnVisit, String appealReason) {

	public boolean bad() {
		return level <= 2;
	}
}
