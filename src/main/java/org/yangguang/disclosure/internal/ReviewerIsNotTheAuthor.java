package org.yangguang.disclosure.internal;

import org.springframework.security.access.AccessDeniedException;
import org.yangguang.identity.CurrentUser;

/**
 * 审核人不得为起草人 — nobody reviews (approves or returns) a version they wrote. The review queue leaves one's own
 * drafts out, the pages offer no review action on them, the list of who must approve leaves the author out, and a
 * review of one's own draft is refused with 403.
 */
final class ReviewerIsNotTheAuthor {

	private ReviewerIsNotTheAuthor() {
	}

	/** Did this user write the version ({@code authorId} null: the platform wrote it, so nobody did)? */
	static boolean wrote(long userId, Long authorId) {
		return authorId != null && authorId == userId;
	}

	/** 403 when the reviewer wrote the version. */
	static void require(CurrentUser reviewer, Long authorId) {
		if (wrote(reviewer.id(), authorId)) {
			throw new AccessDeniedException("nobody reviews their own draft");
		}
	}
}
