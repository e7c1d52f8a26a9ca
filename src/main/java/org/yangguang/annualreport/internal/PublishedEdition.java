package org.yangguang.annualreport.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.yangguang.annualreport.AppealTable;
import org.yangguang.annualreport.ApplicantCounts;
import org.yangguang.annualreport.ProactiveTable;
import org.yangguang.annualreport.ReportFigures;
import org.yangguang.annualreport.ReportSections;
import org.yangguang.annualreport.RequestTable;
import org.yangguang.inforequest.Outcome;

import tools.jackson.databind.json.JsonMapper;

/**
 * The published edition of a report — its figures and sections — frozen as JSON, so that what the public reads never
 * changes when late records arrive or while a correction is being prepared.
 */
@Component
public class PublishedEdition {

	/** The JSON of {@code published_json}. */
	record Frozen(ProactiveTable table2, Map<String, ApplicantCounts> table3, AppealTable table4,
			BigDecimal feesCollectedYuan, String overview, String problems, String otherMatters) {
	}

	/** A frozen edition read back. */
	public record Edition(ReportFigures figures, ReportSections sections) {
	}

	private final JsonMapper json;

	PublishedEdition(JsonMapper json) {
		this.json = json;
	}

	public String freeze(ReportFigures figures, ReportSections sections) {
		return json.writeValueAsString(new Frozen(figures.table2(), new LinkedHashMap<>(figures.table3().byKey()),
				figures.table4(), figures.feesCollectedYuan(), sections.overview(), sections.problems(),
				sections.otherMatters()));
	}

	/** The edition of a published row; its sections carry the row's last save. */
	public Edition thaw(StoredReport stored) {
		Frozen f = json.readValue(stored.publishedJson(), Frozen.class);
		Map<Outcome, ApplicantCounts> outcomes = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			outcomes.put(outcome, f.table3().getOrDefault(outcome.key(), ApplicantCounts.ZERO));
		}
		RequestTable table3 = new RequestTable(row(f, "received"), row(f, "carriedIn"), outcomes, row(f, "total"),
				row(f, "carriedOut"));
		return new Edition(new ReportFigures(f.table2(), table3, f.table4(), f.feesCollectedYuan()),
				new ReportSections(f.overview(), f.problems(), f.otherMatters(), stored.version(), stored.updatedAt(),
						stored.updatedBy()));
	}

	private static ApplicantCounts row(Frozen f, String key) {
		return f.table3().getOrDefault(key, ApplicantCounts.ZERO);
	}
}
