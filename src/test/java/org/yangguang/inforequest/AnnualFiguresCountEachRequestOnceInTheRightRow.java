package org.yangguang.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.inforequest.RequestApi.body;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.organisation.NewOrganisation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The counting rule of tables 三 and 四 on a register spanning 2024 to 2026, imported for a department of its own:
 * a request counts in the year it was received (一) or carried over (二), in the outcome row of the year it was
 * decided (三), and as carried out (四) while undecided at the year's end; 一 + 二 = 三（七） + 四 for every column.
 */
@IntegrationTest
class AnnualFiguresCountEachRequestOnceInTheRightRow {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Organisations organisations;

	@Autowired
	RequestStatistics statistics;

	@Autowired
	Clock clock;

	Api api;
	RequestApi requests;
	Organisation department;
	List<String> numbers;

	static final ApplicantType NP = ApplicantType.NATURAL_PERSON;

	/** receivedOn, decidedOn (or null), applicant type, outcome (or null). */
	static final String[][] REGISTER = {
			{ "2024-11-01", "2024-11-20", "natural_person", "granted" }, // a: decided before 2025
			{ "2024-12-20", "2025-01-10", "natural_person", "granted" }, // b: carried into 2025
			{ "2024-12-27", "2025-02-12", "commercial", "partial" }, // c: carried into 2025
			{ "2025-01-06", "2025-01-20", "natural_person", "granted" }, // d
			{ "2025-02-10", "2025-03-03", "natural_person", "granted" }, // e
			{ "2025-03-18", "2025-04-02", "natural_person", "partial" }, // f
			{ "2025-04-07", "2025-04-30", "research", "withheld.thirdParty" }, // g
			{ "2025-05-12", "2025-06-05", "natural_person", "unable.notHeld" }, // h
			{ "2025-06-16", "2025-07-01", "natural_person", "notProcessed.petition" }, // i
			{ "2025-07-01", "2025-07-25", "public_interest", "other.noCorrection" }, // j
			{ "2025-09-26", "2025-10-20", "legal_service", "granted" }, // k
			{ "2025-12-15", "2026-01-09", "natural_person", "granted" }, // l: carried into 2026
			{ "2025-12-29", "2026-01-20", "other_org", "withheld.processInfo" }, // m: carried into 2026
			{ "2025-06-20", null, "natural_person", null }, // n: still open
			{ "2026-01-05", "2026-01-30", "natural_person", "granted" }, // o
			{ "2026-02-02", "2026-03-02", "commercial", "other.noFee" }, // p
			{ "2026-03-09", "2026-03-20", "natural_person", "partial" }, // q
			{ "2026-03-16", null, "natural_person", null }, // r: open, pays a fee
	};

	@BeforeEach
	void setUp() {
		api = new Api(rest);
		requests = new RequestApi(api);
		String code = "520329-T" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		department = organisations.create(new NewOrganisation(code, "统计测试局" + code, OrganisationKind.DEPARTMENT,
				organisations.getByCode("520329").id(), null, Organisation.Contact.NONE, 0));
		List<Map<String, Object>> records = new ArrayList<>();
		for (String[] r : REGISTER) {
			Map<String, Object> record = body("agency", department.code(), "applicantType", r[2], "receivedOn", r[0],
					"channel", "in_person");
			if (r[3] != null) {
				record.put("outcome", r[3]);
				record.put("decidedOn", r[1]);
			}
			records.add(record);
		}
		ResponseEntity<String> imported = api.post("/api/v1/requests/import", records, "office");
		assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(201);
		numbers = toList(Api.read(imported).get("trackingNos"));
		assertThat(numbers).hasSize(REGISTER.length);

		String g = numbers.get(6), h = numbers.get(7), m = numbers.get(12), r = numbers.get(17);
		requests.ok(g, "appeal", body("kind", "reconsideration", "filedOn", "2025-05-20", "result", "maintained",
				"decidedOn", "2025-07-15"), "office");
		requests.ok(h, "appeal", body("kind", "reconsideration", "filedOn", "2025-11-20", "result", "corrected",
				"decidedOn", "2026-01-15"), "office");
		requests.ok(h, "appeal", body("kind", "litigation_after_reconsideration", "filedOn", "2026-02-01"), "office");
		requests.ok(m, "appeal", body("kind", "litigation_direct", "filedOn", "2026-02-10"), "office");
		requests.ok(r, "fee-notice", body("method", "per_page", "pages", 50), "office");
		requests.ok(r, "fee-paid", null, "office");
	}

	private static List<String> toList(JsonNode array) {
		List<String> list = new ArrayList<>();
		array.forEach(n -> list.add(n.asString()));
		return list;
	}

	@Test
	void theYear2025() {
		RequestYearFigures y = statistics.annualFigures(2025, List.of(department.id()));

		assertThat(y.received()).isEqualTo(counts(NP, 7L, ApplicantType.RESEARCH, 1L, ApplicantType.PUBLIC_INTEREST, 1L,
				ApplicantType.LEGAL_SERVICE, 1L, ApplicantType.OTHER_ORG, 1L));
		assertThat(y.carriedIn()).isEqualTo(counts(NP, 1L, ApplicantType.COMMERCIAL, 1L));
		assertThat(y.outcomes().get(Outcome.GRANTED)).isEqualTo(counts(NP, 3L, ApplicantType.LEGAL_SERVICE, 1L));
		assertThat(y.outcomes().get(Outcome.PARTIAL)).isEqualTo(counts(NP, 1L, ApplicantType.COMMERCIAL, 1L));
		assertThat(y.outcomes().get(Outcome.WITHHELD_THIRD_PARTY)).isEqualTo(counts(ApplicantType.RESEARCH, 1L));
		assertThat(y.outcomes().get(Outcome.UNABLE_NOT_HELD)).isEqualTo(counts(NP, 1L));
		assertThat(y.outcomes().get(Outcome.NOT_PROCESSED_PETITION)).isEqualTo(counts(NP, 1L));
		assertThat(y.outcomes().get(Outcome.OTHER_NO_CORRECTION)).isEqualTo(counts(ApplicantType.PUBLIC_INTEREST, 1L));
		assertThat(y.outcomes()).hasSize(6);
		assertThat(y.carriedOut()).isEqualTo(counts(NP, 2L, ApplicantType.OTHER_ORG, 1L));
		assertBalanced(y);

		assertThat(y.reconsideration()).isEqualTo(new RequestYearFigures.AppealCounts(1, 0, 0, 1));
		assertThat(y.litigationDirect()).isEqualTo(RequestYearFigures.AppealCounts.NONE);
		assertThat(y.litigationAfterReconsideration()).isEqualTo(RequestYearFigures.AppealCounts.NONE);
	}

	@Test
	void theYear2026TakesOverWhat2025CarriedOut() {
		RequestYearFigures before = statistics.annualFigures(2025, List.of(department.id()));
		RequestYearFigures y = statistics.annualFigures(2026, List.of(department.id()));

		assertThat(y.carriedIn()).isEqualTo(before.carriedOut());
		assertThat(y.received()).isEqualTo(counts(NP, 3L, ApplicantType.COMMERCIAL, 1L));
		assertThat(y.outcomes().get(Outcome.GRANTED)).isEqualTo(counts(NP, 2L));
		assertThat(y.outcomes().get(Outcome.WITHHELD_PROCESS_INFO)).isEqualTo(counts(ApplicantType.OTHER_ORG, 1L));
		assertThat(y.outcomes().get(Outcome.OTHER_NO_FEE)).isEqualTo(counts(ApplicantType.COMMERCIAL, 1L));
		assertThat(y.outcomes().get(Outcome.PARTIAL)).isEqualTo(counts(NP, 1L));
		assertThat(y.carriedOut()).isEqualTo(counts(NP, 2L));
		assertBalanced(y);

		assertThat(y.reconsideration()).isEqualTo(new RequestYearFigures.AppealCounts(0, 1, 0, 0));
		assertThat(y.litigationDirect()).isEqualTo(new RequestYearFigures.AppealCounts(0, 0, 0, 1));
		assertThat(y.litigationAfterReconsideration()).isEqualTo(new RequestYearFigures.AppealCounts(0, 0, 0, 1));
	}

	@Test
	void feesCountInTheYearTheyWerePaid() {
		int thisYear = LocalDate.now(clock).getYear();
		assertThat(statistics.annualFigures(thisYear, List.of(department.id())).feesCollectedYuan())
			.isEqualByComparingTo(new BigDecimal("200"));
		assertThat(statistics.annualFigures(2024, List.of(department.id())).feesCollectedYuan())
			.isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void aGovernmentCountsItsDepartmentsAndNoOrganisationCountsNothing() {
		RequestYearFigures alone = statistics.annualFigures(2025, List.of(department.id()));
		List<Long> county = organisations.subtree(organisations.getByCode("520329").id()).stream()
			.map(Organisation::id).toList();
		RequestYearFigures all = statistics.annualFigures(2025, county);
		for (ApplicantType type : ApplicantType.values()) {
			assertThat(all.received().getOrDefault(type, 0L)).isGreaterThanOrEqualTo(alone.received().getOrDefault(type, 0L));
		}
		assertBalanced(all);
		RequestYearFigures none = statistics.annualFigures(2025, List.of());
		assertThat(none.received()).isEmpty();
		assertThat(none.feesCollectedYuan()).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void importedRequestsAreMarkedAndKeepTheirDates() {
		JsonNode b = requests.get(numbers.get(1), "office");
		assertThat(b.get("imported").asBoolean()).isTrue();
		assertThat(b.get("receivedOn").asString()).isEqualTo("2024-12-20");
		assertThat(b.get("decidedOn").asString()).isEqualTo("2025-01-10");
		assertThat(b.get("status").asString()).isEqualTo("replied");
		assertThat(requests.get(numbers.get(9), "office").get("status").asString()).isEqualTo("closed");
		assertThat(requests.get(numbers.get(13), "office").get("status").asString()).isEqualTo("in_progress");
		assertThat(numbers.get(0)).startsWith("YSQ2024");
	}

	/** 一 + 二 = 三（七） + 四, column by column. */
	static void assertBalanced(RequestYearFigures y) {
		for (ApplicantType type : ApplicantType.values()) {
			long decided = y.outcomes().values().stream().mapToLong(m -> m.getOrDefault(type, 0L)).sum();
			assertThat(y.received().getOrDefault(type, 0L) + y.carriedIn().getOrDefault(type, 0L))
				.as(type.key()).isEqualTo(decided + y.carriedOut().getOrDefault(type, 0L));
		}
	}

	static Map<ApplicantType, Long> counts(Object... typesAndCounts) {
		Map<ApplicantType, Long> map = new EnumMap<>(ApplicantType.class);
		for (int i = 0; i < typesAndCounts.length; i += 2) {
			map.put((ApplicantType) typesAndCounts[i], (Long) typesAndCounts[i + 1]);
		}
		return map;
	}
}
