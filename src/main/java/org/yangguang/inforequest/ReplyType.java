package org.yangguang.inforequest;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 答复类型 — the closed list of replies of 条例第三十六条 and following. The reply type picks the letter's wording;
 * the {@link Outcome} names the row of the annual report. Several reply types share a row ("already disclosed"
 * counts as {@code granted}, "another agency is responsible" as {@code unable.notHeld}).
 */
public enum ReplyType {
	/** 已主动公开 — tell where to obtain it. */
	ALREADY_DISCLOSED(EnumSet.of(Outcome.GRANTED)),
	/** 予以公开 — provided now, or how, where and when to obtain it. */
	DISCLOSED(EnumSet.of(Outcome.GRANTED)),
	/** 部分公开 — the disclosable part provided; the withheld parts and their grounds stated. */
	PARTIAL(EnumSet.of(Outcome.PARTIAL)),
	/** 不予公开 — with the legal ground. */
	WITHHELD(EnumSet.of(Outcome.WITHHELD_STATE_SECRET, Outcome.WITHHELD_LAW_FORBIDS, Outcome.WITHHELD_SECURITY,
			Outcome.WITHHELD_THIRD_PARTY, Outcome.WITHHELD_INTERNAL_AFFAIRS, Outcome.WITHHELD_PROCESS_INFO,
			Outcome.WITHHELD_ENFORCEMENT_FILE, Outcome.WITHHELD_QUERY_MATTER)),
	/** 无法提供 — not held, would need creating, or still unclear after correction. */
	CANNOT_PROVIDE(EnumSet.of(Outcome.UNABLE_NOT_HELD, Outcome.UNABLE_NEEDS_CREATION, Outcome.UNABLE_STILL_UNCLEAR)),
	/** 告知由其他机关负责公开 — with that agency's name and contact where known. */
	OTHER_AGENCY(EnumSet.of(Outcome.UNABLE_NOT_HELD)),
	/** 不予处理 — petitions, repeated requests, publications, massive requests, confirmations. */
	NOT_PROCESSED(EnumSet.of(Outcome.NOT_PROCESSED_PETITION, Outcome.NOT_PROCESSED_REPEATED,
			Outcome.NOT_PROCESSED_PUBLICATION, Outcome.NOT_PROCESSED_MASSIVE, Outcome.NOT_PROCESSED_CONFIRMATION)),
	/** 其他处理 — no correction, no payment, withdrawn or another reason. */
	OTHER(EnumSet.of(Outcome.OTHER_NO_CORRECTION, Outcome.OTHER_NO_FEE, Outcome.OTHER_OTHER));

	private final Set<Outcome> outcomes;

	ReplyType(Set<Outcome> outcomes) {
		this.outcomes = outcomes;
	}

	/** Whether a reply of this type may be counted under {@code outcome}. */
	public boolean allows(Outcome outcome) {
		return outcomes.contains(outcome);
	}

	/** The reply type used when a reply names only its outcome. */
	public static ReplyType defaultFor(Outcome outcome) {
		return switch (outcome.group()) {
			case "granted" -> DISCLOSED;
			case "partial" -> PARTIAL;
			case "withheld" -> WITHHELD;
			case "unable" -> CANNOT_PROVIDE;
			case "notProcessed" -> NOT_PROCESSED;
			default -> OTHER;
		};
	}

	@JsonValue
	public String key() {
		return KeyedEnums.key(this);
	}

	@JsonCreator
	public static ReplyType fromKey(String key) {
		return KeyedEnums.find(ReplyType.class, key, ReplyType::key);
	}
}
