package org.yangguang.inforequest;

/**
 * One record of the register of past years (历史台账), as given in the import file or JSON: every value as text, so
 * that each mistake is reported with its row and field. Required: {@code agency} (organisation code),
 * {@code applicantType}, {@code receivedOn}, {@code channel}; {@code outcome} and {@code decidedOn} together when
 * the request was decided.
 *
 * @param row the row number reported with problems (the spreadsheet row, or the position in the JSON list)
 */
public record ImportRecord(int row, String agency, String applicantType, String receivedOn, String channel,
		String outcome, String decidedOn, String trackingNo, String applicantName, String title, String docNo,
		String description) {
}
