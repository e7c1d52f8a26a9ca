package org.yangguang.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A consultation as its reader may see it. {@code actions} are the steps the reader may take now; {@code comments}
 * holds every comment for staff, the reader's own for a citizen, and nothing for the public; {@code diff} compares
 * the final decision with the draft once it is linked.
 */
public record ConsultationView(long id, ConsultationStatus status, ConsultationPhase phase, String title,
		long organisationId, String orgCode, String orgName, String background, String contact, LocalDate opensOn,
		LocalDate closesOn, int periodDays, String shortReason, boolean anonymousComments, String author,
		String reviewer, String reviewNote, LocalDate publishedOn, Long documentId, LocalDate closedEarlyOn,
		String closeReason, LocalDate reportDueOn, LocalDate reportPublishedOn, FinalDecision finalDecision,
		LocalDate concludedOn, List<Article> articles, int commentCount, int undecided, List<CommentView> comments,
		List<HistoryItem> history, Set<String> actions, List<DiffPart> diff) {

	/** An article with its label (第三条) and how many comments it received. */
	public record Article(int no, String label, String chapter, String text, int comments) {
	}

	/** One step of the consultation's history. */
	public record HistoryItem(String action, LocalDate on, String actor, String note) {
	}

	/** A run of the final text: unchanged ({@code kind} "same"), added to ("ins") or removed from ("del") the draft. */
	public record DiffPart(String kind, String text) {
	}

	public boolean can(String action) {
		return actions.contains(action);
	}

	/** The page where citizens read and comment. */
	public String url() {
		return "/consultations/" + id;
	}
}
