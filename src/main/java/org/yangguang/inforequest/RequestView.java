package org.yangguang.inforequest;

import java.util.List;
import java.util.Set;

/**
 * One request as its case page shows it to the current reader: the request (applicant masked), where it is, its
 * deadlines with their explanation, every step, the appeals, the files, and the actions the reader may take now
 * (keys of {@code inforequest.action.*}).
 *
 * @param deadline the deadline that matters now (the reply's, or the applicant's or third party's while waiting)
 * @param reply         the reply deadline when it is not the one above (paused meanwhile); may be null
 * @param withheldParts for a partial disclosure, each part withheld with its ground (条例第三十七条)
 */
public record RequestView(RequestSnapshot request, String agencyName, String addressedToName, DeadlineView deadline,
		DeadlineView reply, List<TimelineEntry> timeline, List<Appeal> appeals, List<RequestFile> files,
		Set<String> actions, boolean applicantView, List<WithheldPart> withheldParts) {

	public boolean may(String action) {
		return actions.contains(action);
	}

	/** The notices sent to the applicant, oldest first. */
	public List<TimelineEntry> notices() {
		return timeline.stream().filter(TimelineEntry::notice).toList();
	}

	public RequestFile letter() {
		return files.stream().filter(RequestFile::letter).reduce((a, b) -> b).orElse(null);
	}

	public List<RequestFile> attachments() {
		return files.stream().filter(f -> !f.letter()).toList();
	}
}
