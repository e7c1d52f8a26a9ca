package org.yangguang.consultation;

import java.time.LocalDate;
import java.util.List;

/**
 * 采纳情况说明 — how many comments were received (moderated ones apart) and how each was decided, with the reasons.
 * {@code comments} = {@code adopted} + {@code partly} + {@code rejected} + {@code undecided}; once published,
 * {@code undecided} is 0. Comment authors are never in it.
 */
public record AdoptionReport(long consultationId, String title, String orgName, int comments, int adopted,
		int partly, int rejected, int undecided, int moderated, boolean published, LocalDate publishedOn,
		LocalDate dueOn, Boolean onTime, List<Item> items) {

	/** One comment's decision; {@code summary} is the comment's text with personal data masked. */
	public record Item(long commentId, Integer article, String articleLabel, String summary, CommentDecision decision,
			String reason) {
	}

	/** Adopted and partly adopted comments per hundred decided, one decimal; null when none was decided. */
	public Double adoptionRate() {
		int decided = adopted + partly + rejected;
		return decided == 0 ? null : Math.round((adopted + partly) * 1000.0 / decided) / 10.0;
	}
}
