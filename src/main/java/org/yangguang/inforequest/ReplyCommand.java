package org.yangguang.inforequest;

import java.util.List;

/**
 * A reply as staff give it: the outcome row, the reply type (null: the usual one for the outcome), the reasons and
 * legal ground, the content, the responsible agency for a referral, and the files disclosed with it.
 */
public record ReplyCommand(Outcome outcome, ReplyType type, String ground, String body, String otherAgencyName,
		String otherAgencyContact, List<Upload> attachments) {

	public ReplyCommand {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** An uploaded file. */
	public record Upload(String name, String contentType, byte[] content) {
	}
}
