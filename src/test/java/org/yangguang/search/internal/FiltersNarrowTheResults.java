package org.yangguang.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yangguang.search.SearchQuery;

/** Each filter keeps only the items that carry its value; with no words, filters list everything they allow. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiltersNarrowTheResults {

	TestIndex index;

	@BeforeAll
	void indexCorpus() {
		index = TestIndex.withCorpus();
	}

	@AfterAll
	void close() {
		index.close();
	}

	@Test
	void organisationFilterIsExactByDefault() {
		assertThat(index.ids(query("", "520329", null, null, null, null, null, null))).containsExactlyInAnyOrder("4",
				"5", "6");
		assertThat(index.ids(query("计划生育", "520329-JYJ", null, null, null, null, null, null)))
			.containsExactly("8");
	}

	@Test
	void organisationFilterWithSubordinatesTakesTheWholeSubtree() {
		assertThat(index.ids(query("", "520329102", "true", null, null, null, null, null)))
			.containsExactlyInAnyOrder("2", "3");
		assertThat(index.ids(query("", "520329", "true", null, null, null, null, null))).hasSize(9);
	}

	@Test
	void columnTopicGenreAndValidityFilters() {
		assertThat(index.ids(query("", null, null, "会议纪要", null, null, null, null)))
			.containsExactlyInAnyOrder("1", "8", "9");
		assertThat(index.ids(query("", null, null, null, "人口与计划生育", null, null, null)))
			.containsExactlyInAnyOrder("2", "8");
		assertThat(index.ids(query("", null, null, null, null, "讲话", null, null)))
			.containsExactlyInAnyOrder("2", "3", "5", "6");
		assertThat(index.ids(query("", null, null, null, null, null, "repealed", null))).containsExactly("8");
		assertThat(index.ids(query("", null, null, null, null, null, "amended", null))).containsExactly("5");
	}

	@Test
	void yearIsTheYearOfPublicationInBeijingTime() {
		// item 9 was published at 01:30 on 1 January 2025 in Beijing, still 2024 in UTC
		assertThat(index.ids(query("", null, null, null, null, null, null, "2025"))).containsExactlyInAnyOrder("6",
				"9");
		assertThat(index.ids(query("", null, null, null, null, null, null, "2024"))).containsExactlyInAnyOrder("2",
				"3", "4", "7");
	}

	@Test
	void filtersCombineWithWordsAndWithEachOther() {
		assertThat(index.ids("政务公开")).hasSizeGreaterThan(3);
		assertThat(index.ids(query("政务公开", "520329", null, "工作动态", null, null, null, null)))
			.containsExactly("5");
		assertThat(index.ids(query("政务公开", null, null, "会议纪要", null, null, "in_force", "2023")))
			.containsExactly("1");
	}

	@Test
	void aFilterValueNobodyCarriesFindsNothing() {
		assertThat(index.ids(query("", null, null, "没有这个栏目", null, null, null, null))).isEmpty();
	}

	@Test
	void valueCountsOfferWhatTheIndexHolds() {
		IndexQueries.ValueCounts counts = index.queries.valueCounts();

		assertThat(counts.columns()).containsEntry("会议纪要", 3L).containsEntry("政策文件", 1L);
		assertThat(counts.years()).containsEntry("2025", 2L).containsEntry("2022", 1L);
		assertThat(counts.organisationCodes()).containsEntry("520329-JYJ", 4L);
		assertThat(counts.validities()).containsEntry("in_force", 7L);
	}

	@Test
	void valueCountsFollowRemovals() {
		try (TestIndex own = TestIndex.withCorpus()) {
			own.remove("document", "8");

			assertThat(own.queries.valueCounts().validities()).doesNotContainKey("repealed");
			assertThat(own.queries.valueCounts().years()).doesNotContainKey("2022");
		}
	}

	static SearchQuery query(String text, String org, String subtree, String column, String topic, String genre,
			String validity, String year) {
		return SearchQuery.parse(text, org, subtree, column, topic, genre, validity, year, null, null, "100");
	}

	static List<String> all(TestIndex index) {
		return index.ids(query("", null, null, null, null, null, null, null));
	}
}
