package org.yangguang.inforequest;

/**
 * 所需信息 — what the applicant asks for: the title, the document number or a description that identifies it
 * (at least one of them), and an optional purpose.
 */
public record RequestedInformation(String title, String docNo, String description, String purpose) {

	/** A one-line label for lists: the title, else the document number, else the start of the description. */
	public String label() {
		if (title != null && !title.isBlank()) {
			return title;
		}
		if (docNo != null && !docNo.isBlank()) {
			return docNo;
		}
		if (description == null) {
			return "";
		}
		return description.length() <= 40 ? description : description.substring(0, 40) + "…";
	}
}
