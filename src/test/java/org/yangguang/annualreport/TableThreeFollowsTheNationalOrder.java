package org.yangguang.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yangguang.annualreport.RequestTableRow.Kind;
import org.yangguang.annualreport.internal.ReportAssembly;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Outcome;

/** Table 三's rows and columns are those of the national format of 2021, in its order. */
class TableThreeFollowsTheNationalOrder {

	@Test
	void theContractKeysAreReceivedCarriedInTheTwentyOneOutcomesTotalAndCarriedOut() {
		RequestTable table = ReportAssembly.assemble(null, new HandBuiltFigures().build(2025)).table3();

		assertThat(table.byKey().keySet()).containsExactly("received", "carriedIn", "granted", "partial",
				"withheld.stateSecret", "withheld.lawForbids", "withheld.security", "withheld.thirdParty",
				"withheld.internalAffairs", "withheld.processInfo", "withheld.enforcementFile", "withheld.queryMatter",
				"unable.notHeld", "unable.needsCreation", "unable.stillUnclear", "notProcessed.petition",
				"notProcessed.repeated", "notProcessed.publication", "notProcessed.massive",
				"notProcessed.confirmation", "other.noCorrection", "other.noFee", "other.other", "total",
				"carriedOut");
		assertThat(ApplicantCounts.COLUMNS).containsExactly("naturalPerson", "commercial", "research",
				"publicInterest", "legalService", "otherOrg", "total");
	}

	@Test
	void displayedRowsHaveNoSubtotalRowsTheGroupLabelSpansItsLeavesAsTheTwentyTwentyOneFormatHasIt() {
		RequestTable table = ReportAssembly.assemble(null, new HandBuiltFigures()
			.received(ApplicantType.RESEARCH, 5)
			.decided(Outcome.UNABLE_NOT_HELD, ApplicantType.RESEARCH, 2)
			.decided(Outcome.UNABLE_STILL_UNCLEAR, ApplicantType.RESEARCH, 1)
			.decided(Outcome.NOT_PROCESSED_REPEATED, ApplicantType.RESEARCH, 2)
			.build(2025)).table3();

		List<RequestTableRow> rows = table.rows();

		assertThat(rows).extracting(RequestTableRow::key).containsSubsequence("carriedIn", "granted", "partial",
				"withheld.stateSecret", "withheld.queryMatter", "unable.notHeld", "other.other", "total",
				"carriedOut");
		assertThat(rows).extracting(RequestTableRow::key).doesNotContain("withheld", "unable", "notProcessed",
				"other");
		assertThat(rows).hasSize(2 + RequestTable.resultRowCount() + 1).hasSize(25);
		RequestTableRow unableFirst = rows.stream().filter(r -> r.key().equals("unable.notHeld")).findFirst()
			.orElseThrow();
		assertThat(unableFirst.kind()).isEqualTo(Kind.LEAF);
		assertThat(unableFirst.group()).isEqualTo("unable");
		assertThat(unableFirst.groupLabelKey()).isEqualTo("annualreport.t3.unable");
		assertThat(unableFirst.span()).isEqualTo(3);
		assertThat(unableFirst.counts().research()).isEqualTo(2);
		assertThat(rows.stream().filter(r -> r.group() != null)).extracting(RequestTableRow::group)
			.containsExactly("withheld", "unable", "notProcessed", "other");
		assertThat(table.subtotal("unable").research()).as("kept for the checks").isEqualTo(3);
		assertThat(rows.stream().filter(RequestTableRow::opensResults)).extracting(RequestTableRow::key)
			.containsExactly("granted");
		assertThat(rows.get(0).labelKey()).isEqualTo("annualreport.t3.received");
		assertThat(table.byKey()).doesNotContainKey("unable");
		assertThat(table.byKey().get("total").research()).isEqualTo(5);
		assertThat(Map.copyOf(table.byKey())).hasSize(25);
	}
}
