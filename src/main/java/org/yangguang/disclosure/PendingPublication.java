package org.yangguang.disclosure;

/** A version in preparation with its 公开时限 judgement today. */
public record PendingPublication(PreparedVersion version, PublicationJudgement judgement) {
}
