package org.yangguang.inforequest;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 办理结果 — the 21 leaf rows of table 三 of the annual report. Each reply counts under exactly one row; the reply
 * type (which picks the letter's wording) is recorded separately.
 */
public enum Outcome {
	GRANTED("granted"), PARTIAL("partial"),
	WITHHELD_STATE_SECRET("withheld.stateSecret"), WITHHELD_LAW_FORBIDS("withheld.lawForbids"),
	WITHHELD_SECURITY("withheld.security"), WITHHELD_THIRD_PARTY("withheld.thirdParty"),
	WITHHELD_INTERNAL_AFFAIRS("withheld.internalAffairs"), WITHHELD_PROCESS_INFO("withheld.processInfo"),
	WITHHELD_ENFORCEMENT_FILE("withheld.enforcementFile"), WITHHELD_QUERY_MATTER("withheld.queryMatter"),
	UNABLE_NOT_HELD("unable.notHeld"), UNABLE_NEEDS_CREATION("unable.needsCreation"),
	UNABLE_STILL_UNCLEAR("unable.stillUnclear"),
	NOT_PROCESSED_PETITION("notProcessed.petition"), NOT_PROCESSED_REPEATED("notProcessed.repeated"),
	NOT_PROCESSED_PUBLICATION("notProcessed.publication"), NOT_PROCESSED_MASSIVE("notProcessed.massive"),
	NOT_PROCESSED_CONFIRMATION("notProcessed.confirmation"),
	OTHER_NO_CORRECTION("other.noCorrection"), OTHER_NO_FEE("other.noFee"), OTHER_OTHER("other.other");

	private final String key;

	Outcome(String key) {
		this.key = key;
	}

	/** The stable row key, e.g. {@code withheld.thirdParty}. */
	@JsonValue
	public String key() {
		return key;
	}

	/** The row group: granted, partial, withheld, unable, notProcessed or other. */
	public String group() {
		int dot = key.indexOf('.');
		return dot < 0 ? key : key.substring(0, dot);
	}

	@JsonCreator
	public static Outcome fromKey(String key) {
		return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown outcome " + key));
	}
}
