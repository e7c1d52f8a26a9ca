package org.yangguang.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.shared.RuleViolationException;

/** Bad search parameters are rejected with a message naming the parameter; missing ones take their defaults. */
class SearchParametersAreChecked {

	@ParameterizedTest(name = "{0}={1} → {2}")
	@CsvSource({
			"page, -1, search.error.page",
			"page, abc, search.error.page",
			"page, 1.5, search.error.page",
			"size, 101, search.error.size",
			"size, 0, search.error.size",
			"size, ten, search.error.size",
			"year, abcd, search.error.year",
			"year, 2024年, search.error.year",
			"year, 1800, search.error.yearRange",
			"year, 99999, search.error.yearRange",
			"sort, popular, search.error.sort",
			"validity, valid, search.error.validity",
			"subtree, maybe, search.error.flag" })
	void badParameterIsRejectedOnItsField(String parameter, String value, String messageKey) {
		assertThatThrownBy(() -> parse(parameter, value)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
			assertThat(e.field()).isEqualTo(parameter);
			assertThat(e.messageKey()).isEqualTo(messageKey);
		});
	}

	@Test
	void tooLongTextIsRejected() {
		assertThatThrownBy(() -> SearchQuery.of("政".repeat(101)))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("q"));
		assertThat(SearchQuery.of("政".repeat(100)).text()).hasSize(100);
	}

	@Test
	void tooManyWordsAreRejected() {
		assertThatThrownBy(() -> SearchQuery.of("a b c d e f g h i j k"))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.messageKey()).isEqualTo("search.error.tooManyWords"));
	}

	@Test
	void pagingStopsAtTenThousandResults() {
		assertThat(parse("page", "99").page()).isEqualTo(99);
		assertThatThrownBy(() -> SearchQuery.parse("政务", null, null, null, null, null, null, null, null, "100", "100"))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.messageKey()).isEqualTo("search.error.tooDeep"));
	}

	@Test
	void missingParametersTakeDefaults() {
		SearchQuery query = SearchQuery.parse(" 政务公开 ", "", null, " ", null, null, null, "", null, null, null);

		assertThat(query.text()).isEqualTo("政务公开");
		assertThat(query.organisationCode()).isNull();
		assertThat(query.column()).isNull();
		assertThat(query.year()).isNull();
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(SearchQuery.DEFAULT_SIZE);
		assertThat(query.sort()).isEqualTo(SearchSort.RELEVANCE);
		assertThat(query.includeSubordinates()).isFalse();
	}

	@Test
	void wordsAreSeparatedBySpacesAndListPunctuation() {
		assertThat(SearchQuery.of("依申请公开  办结　好差评，一次性告知、即办件").words())
			.containsExactly("依申请公开", "办结", "好差评", "一次性告知", "即办件");
	}

	@Test
	void messageArgumentsAreWrittenWithoutDigitGrouping() {
		assertThatThrownBy(() -> parse("year", "12345")).isInstanceOfSatisfying(RuleViolationException.class,
				e -> assertThat(e.args()).containsExactly("12345", "1949", "2100"));
	}

	private static SearchQuery parse(String parameter, String value) {
		return SearchQuery.parse("政务", null, "subtree".equals(parameter) ? value : null, null, null, null,
				"validity".equals(parameter) ? value : null, "year".equals(parameter) ? value : null,
				"sort".equals(parameter) ? value : null, "page".equals(parameter) ? value : null,
				"size".equals(parameter) ? value : null);
	}
}
