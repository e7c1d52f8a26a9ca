package org.yangguang.annualreport;

/**
 * What the office submits for sections 一、五 and 六.
 *
 * @param version the version the writer started from; a save over a newer version is refused
 */
public record SectionsDraft(String overview, String problems, String otherMatters, int version) {

	/** The longest text a section may have. */
	public static final int MAX_LENGTH = 20000;
}
