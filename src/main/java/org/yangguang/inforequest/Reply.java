package org.yangguang.inforequest;

import java.time.LocalDate;

/**
 * 答复 — the decision: one report row ({@link Outcome}) and one {@link ReplyType}, with its ground and content.
 *
 * @param outcome            the row of table 三
 * @param type               the reply type (the letter's wording)
 * @param decidedOn          the day it was issued (the year it counts in)
 * @param ground             the reasons and legal ground as the agency states them
 * @param body               the content: the information, or how, where and when to obtain it; what was withheld
 * @param otherAgencyName    for {@link ReplyType#OTHER_AGENCY}: the responsible agency
 * @param otherAgencyContact its contact, where known
 * @param signedBy           the authorised person who signed it off (name and office)
 */
public record Reply(Outcome outcome, ReplyType type, LocalDate decidedOn, String ground, String body,
		String otherAgencyName, String otherAgencyContact, String signedBy) {
}
