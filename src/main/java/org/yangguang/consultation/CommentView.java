package org.yangguang.consultation;

import java.time.LocalDate;

/**
 * A comment as its reader may see it: staff see the author's name (a citizen's display name, or the name given on a
 * letter); the citizen sees their own. {@code decision} and {@code decisionReason} are shown to the citizen once the
 * adoption report is published.
 */
public record CommentView(long id, Integer article, String articleLabel, String text, CommentSource source,
		String authorName, LocalDate receivedOn, ModerationReason moderation, String moderationNote,
		CommentDecision decision, String decisionReason, LocalDate decidedOn) {
}
