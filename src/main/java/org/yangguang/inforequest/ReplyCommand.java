package org.yangguang.inforequest;

import java.util.List;

/**
 * A reply as staff give it: the outcome row, the reply type (null: the usual one for the outcome), the reasons and
 * legal ground, the content, the responsible agency for a referral, the files disclosed with it, and for a partial
 * disclosure each part withheld with its ground (条例第三十七条), and for a refusal on third-party grounds without a
 * written consultation why the harm is evident and the third party cannot be reached (条例第三十二条).
 */
public record ReplyCommand(Outcome outcome, ReplyType type, String ground, String body, String otherAgencyName,
		String otherAgencyContact, List<Upload> attachments, List<WithheldPart> withheldParts,
		String thirdPartyNotConsultedReason) {

	public ReplyCommand {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
		withheldParts = withheldParts == null ? List.of()
				: withheldParts.stream().filter(p -> p != null && !(blank(p.part()) && blank(p.ground())))
					.map(p -> new WithheldPart(p.part() == null ? null : p.part().strip(), p.ground()))
					.toList();
	}

	/** A reply after the third party, if any, was consulted in writing. */
	public ReplyCommand(Outcome outcome, ReplyType type, String ground, String body, String otherAgencyName,
			String otherAgencyContact, List<Upload> attachments, List<WithheldPart> withheldParts) {
		this(outcome, type, ground, body, otherAgencyName, otherAgencyContact, attachments, withheldParts, null);
	}

	/** A reply withholding no part. */
	public ReplyCommand(Outcome outcome, ReplyType type, String ground, String body, String otherAgencyName,
			String otherAgencyContact, List<Upload> attachments) {
		this(outcome, type, ground, body, otherAgencyName, otherAgencyContact, attachments, List.of());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** An uploaded file. */
	public record Upload(String name, String contentType, byte[] content) {
	}
}
