package org.yangguang.annualreport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yangguang.inforequest.Outcome;

/**
 * Table 三 — 收到和处理政府信息公开申请情况: 一、本年新收; 二、上年结转; 三、本年度办理结果 with its 21 leaf rows
 * （一）…（六） and （七）总计; 四、结转下年度继续办理. The 总计 row is kept as given so that the checks can verify it
 * against the 21 leaf rows.
 *
 * @param outcomes every one of the 21 outcome rows (missing ones are filled with zeros)
 */
public record RequestTable(ApplicantCounts received, ApplicantCounts carriedIn, Map<Outcome, ApplicantCounts> outcomes,
		ApplicantCounts total, ApplicantCounts carriedOut) {

	/** The groups of the result rows in the national order: （一）…（六）. */
	public static final List<String> GROUPS = List.of("granted", "partial", "withheld", "unable", "notProcessed",
			"other");

	/**
	 * The groups whose label spans their numbered leaf rows: （三）…（六）. The 2021 national format (国办公开办函〔2021〕30号)
	 * has no 小计 row under them; {@link #subtotal} is only for the checks.
	 */
	public static final List<String> GROUPS_WITH_LEAVES = List.of("withheld", "unable", "notProcessed", "other");

	public RequestTable {
		EnumMap<Outcome, ApplicantCounts> all = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			ApplicantCounts counts = outcomes == null ? null : outcomes.get(outcome);
			all.put(outcome, counts == null ? ApplicantCounts.ZERO : counts);
		}
		outcomes = Collections.unmodifiableMap(all);
	}

	public ApplicantCounts outcome(Outcome outcome) {
		return outcomes.get(outcome);
	}

	/** The sum of the 21 leaf rows, column by column (what （七）总计 must equal). */
	public ApplicantCounts sumOfOutcomes() {
		return outcomes.values().stream().reduce(ApplicantCounts.ZERO, ApplicantCounts::plus);
	}

	/** The subtotal of a group of result rows, e.g. {@code withheld} = （三）不予公开. */
	public ApplicantCounts subtotal(String group) {
		return leaves(group).stream().map(outcomes::get).reduce(ApplicantCounts.ZERO, ApplicantCounts::plus);
	}

	/** The leaf rows of a group, in the national order. */
	public static List<Outcome> leaves(String group) {
		return java.util.Arrays.stream(Outcome.values()).filter(o -> o.group().equals(group)).toList();
	}

	/**
	 * The rows of the API contract in the national order: {@code received}, {@code carriedIn}, the 21 outcome keys,
	 * {@code total}, {@code carriedOut}.
	 */
	public Map<String, ApplicantCounts> byKey() {
		Map<String, ApplicantCounts> rows = new LinkedHashMap<>();
		rows.put("received", received);
		rows.put("carriedIn", carriedIn);
		outcomes.forEach((outcome, counts) -> rows.put(outcome.key(), counts));
		rows.put("total", total);
		rows.put("carriedOut", carriedOut);
		return rows;
	}

	/**
	 * The rows as the national format displays them: the groups （三）…（六） as a label spanning their numbered leaf rows
	 * (carried by the first leaf), no subtotal rows.
	 */
	public List<RequestTableRow> rows() {
		List<RequestTableRow> rows = new ArrayList<>();
		rows.add(new RequestTableRow("received", RequestTableRow.Kind.ITEM, null, 1, false, received));
		rows.add(new RequestTableRow("carriedIn", RequestTableRow.Kind.ITEM, null, 1, false, carriedIn));
		for (String group : GROUPS) {
			boolean first = rows.size() == 2;
			if (GROUPS_WITH_LEAVES.contains(group)) {
				List<Outcome> leaves = leaves(group);
				for (int i = 0; i < leaves.size(); i++) {
					Outcome o = leaves.get(i);
					rows.add(new RequestTableRow(o.key(), RequestTableRow.Kind.LEAF, i == 0 ? group : null,
							i == 0 ? leaves.size() : 1, first && i == 0, outcomes.get(o)));
				}
			}
			else {
				Outcome single = Outcome.fromKey(group);
				rows.add(new RequestTableRow(group, RequestTableRow.Kind.SINGLE, null, 1, first, outcomes.get(single)));
			}
		}
		rows.add(new RequestTableRow("total", RequestTableRow.Kind.SINGLE, null, 1, false, total));
		rows.add(new RequestTableRow("carriedOut", RequestTableRow.Kind.ITEM, null, 1, false, carriedOut));
		return rows;
	}

	/** The number of displayed rows under 三、本年度办理结果, （七）总计 included. */
	public static int resultRowCount() {
		return Outcome.values().length + 1;
	}
}
