package org.yangguang.appeals;

/**
 * An appeal as it arrives.
 *
 * @param caller         filled by the operator for a call or letter; null for a citizen's own web form
 * @param publicConsent  the citizen agrees that the question and answer appear on the Q&A wall (masked)
 * @param confidential   the caller's name and number are for the operator and auditors only
 * @param location       where (Open311: address or coordinates), or null
 */
public record NewAppeal(AppealType type, AppealChannel channel, String title, String content, boolean publicConsent,
		boolean confidential, Caller caller, String location, Double latitude, Double longitude) {
}
