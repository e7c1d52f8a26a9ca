package org.yangguang.inforequest.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.ReplyType;

/**
 * 答复依据 — the one table from a reply (its type and outcome) to the articles of the 政府信息公开条例 the letter
 * cites. Each article is a message key {@code inforequest.article.<key>} (第三十六条第（一）项…), so that the letter
 * and the pages cite the same text.
 */
public final class ReplyGrounds {

	/** The articles for each outcome row, the decision article first, then the ground of a refusal. */
	private static final Map<Outcome, List<String>> BY_OUTCOME = new EnumMap<>(Map.ofEntries(
			Map.entry(Outcome.GRANTED, List.of("art36_2")),
			Map.entry(Outcome.PARTIAL, List.of("art37", "art36_2")),
			Map.entry(Outcome.WITHHELD_STATE_SECRET, List.of("art36_3", "art14")),
			Map.entry(Outcome.WITHHELD_LAW_FORBIDS, List.of("art36_3", "art14")),
			Map.entry(Outcome.WITHHELD_SECURITY, List.of("art36_3", "art14")),
			Map.entry(Outcome.WITHHELD_THIRD_PARTY, List.of("art36_3", "art15", "art32")),
			Map.entry(Outcome.WITHHELD_INTERNAL_AFFAIRS, List.of("art36_3", "art16_1")),
			Map.entry(Outcome.WITHHELD_PROCESS_INFO, List.of("art36_3", "art16_2")),
			Map.entry(Outcome.WITHHELD_ENFORCEMENT_FILE, List.of("art36_3", "art16_2")),
			Map.entry(Outcome.WITHHELD_QUERY_MATTER, List.of("art36_7")),
			Map.entry(Outcome.UNABLE_NOT_HELD, List.of("art36_4")),
			Map.entry(Outcome.UNABLE_NEEDS_CREATION, List.of("art38")),
			Map.entry(Outcome.UNABLE_STILL_UNCLEAR, List.of("art30")),
			Map.entry(Outcome.NOT_PROCESSED_PETITION, List.of("art39_1")),
			Map.entry(Outcome.NOT_PROCESSED_REPEATED, List.of("art36_6")),
			Map.entry(Outcome.NOT_PROCESSED_PUBLICATION, List.of("art39_2")),
			Map.entry(Outcome.NOT_PROCESSED_MASSIVE, List.of("art35")),
			Map.entry(Outcome.NOT_PROCESSED_CONFIRMATION, List.of("art39_1")),
			Map.entry(Outcome.OTHER_NO_CORRECTION, List.of("art30")),
			Map.entry(Outcome.OTHER_NO_FEE, List.of("art42", "feeMeasures")),
			Map.entry(Outcome.OTHER_OTHER, List.of())));

	/** Reply types whose article differs from their outcome row's. */
	private static final Map<ReplyType, List<String>> BY_TYPE = new EnumMap<>(Map.of(
			ReplyType.ALREADY_DISCLOSED, List.of("art36_1"),
			ReplyType.OTHER_AGENCY, List.of("art36_5")));

	private ReplyGrounds() {
	}

	/** The article keys the letter cites, e.g. {@code [art36_3, art14]}; empty for "other handling, other". */
	public static List<String> articles(ReplyType type, Outcome outcome) {
		return BY_TYPE.getOrDefault(type, BY_OUTCOME.get(outcome));
	}

	/**
	 * The articles that ground one withheld part of a partial disclosure (条例第三十七条): those of its {@code withheld.*}
	 * row without the decision article 第三十六条第（三）项, e.g. {@code [art15, art32]}; {@code [art2]} for information
	 * that is not government information; empty for an unknown key.
	 */
	public static List<String> articlesOfWithheldGround(String ground) {
		if (org.yangguang.inforequest.WithheldPart.NOT_GOVERNMENT_INFORMATION.equals(ground)) {
			return List.of("art2");
		}
		return java.util.Arrays.stream(Outcome.values())
			.filter(o -> o.group().equals("withheld") && o.key().equals(ground)).findFirst()
			.map(o -> BY_OUTCOME.get(o).stream().filter(a -> !a.equals("art36_3")).toList()).orElse(List.of());
	}

	/** Every outcome has an entry (checked by the tests). */
	static boolean covers(Outcome outcome) {
		return BY_OUTCOME.containsKey(outcome);
	}
}
