package org.yangguang.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yangguang.search.SearchHit;
import org.yangguang.search.SearchQuery;
import org.yangguang.search.SearchResults;
import org.yangguang.search.SearchSort;

/** Results come best match first or newest first, and pages split all matches without gaps or repeats. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsAreOrderedAndPaged {

	static final int ITEMS = 47;

	TestIndex index;

	@BeforeAll
	void indexItems() {
		index = TestIndex.withCorpus();
		for (int i = 0; i < ITEMS; i++) {
			index.put(TestIndex.item("p" + i, "第" + i + "期政务动态", "本期简报介绍便民服务站的工作。编号" + i,
					TestIndex.LONGXI, "简报", null, null, null,
					Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86_400L * ((i * 17) % ITEMS)).toString(), null,
					null, null));
		}
	}

	@AfterAll
	void close() {
		index.close();
	}

	@Test
	void dateOrderIsNewestFirst() {
		SearchResults results = index.search(query("便民服务站", "date", "0", "100"));

		assertThat(results.hits()).hasSize(ITEMS)
			.isSortedAccordingTo(Comparator.comparing(SearchHit::publishedAt).reversed());
	}

	@Test
	void withoutWordsTheDefaultOrderIsNewestFirst() {
		SearchQuery browse = SearchQuery.parse("", null, null, "简报", null, null, null, null, null, null, "100");

		assertThat(browse.sort()).isEqualTo(SearchSort.DATE);
		assertThat(index.search(browse).hits())
			.isSortedAccordingTo(Comparator.comparing(SearchHit::publishedAt).reversed());
	}

	@Test
	void pagesCoverEveryMatchOnce() {
		Set<String> seen = new HashSet<>();
		List<String> inOrder = new ArrayList<>();
		SearchResults first = index.search(query("便民服务站", "date", "0", "10"));
		for (int page = 0; page < first.totalPages(); page++) {
			SearchResults results = index.search(query("便民服务站", "date", String.valueOf(page), "10"));
			assertThat(results.total()).isEqualTo(ITEMS);
			results.hits().forEach(h -> {
				assertThat(seen.add(h.id())).as("repeated %s", h.id()).isTrue();
				inOrder.add(h.id());
			});
		}
		assertThat(first.totalPages()).isEqualTo(5);
		assertThat(seen).hasSize(ITEMS);
		assertThat(inOrder).isEqualTo(index.ids(query("便民服务站", "date", "0", "100")));
	}

	@Test
	void aPageBeyondTheLastIsEmptyButKeepsTheTotal() {
		SearchResults results = index.search(query("便民服务站", null, "9", "10"));

		assertThat(results.hits()).isEmpty();
		assertThat(results.total()).isEqualTo(ITEMS);
		assertThat(results.hasNext()).isFalse();
	}

	@Test
	void relevanceOrderPutsTheBestMatchFirst() {
		// every item's text says 便民服务站; only p3's title says 第3期
		assertThat(index.ids(query("第3期 便民服务站", null, "0", "10"))).containsExactly("p3");
		assertThat(index.ids(query("第3期", "relevance", "0", "10")).get(0)).isEqualTo("p3");
	}

	@Test
	void documentNumbersAreFoundHoweverTheBracketsAreTyped() {
		assertThat(index.ids("余府发〔2024〕12号")).containsExactly("4");
		assertThat(index.ids("余府发[2024]12号")).containsExactly("4");
		assertThat(index.ids("余府发（2024）12号")).containsExactly("4");
		assertThat(index.ids("余府发")).containsExactly("4");
	}

	@Test
	void indexNumbersAreFoundWholeOrInPart() {
		assertThat(index.ids("11520329009467123X/2024-00012")).containsExactly("4");
		assertThat(index.ids("11520329009467123x/2024-00012")).containsExactly("4");
	}

	private static SearchQuery query(String text, String sort, String page, String size) {
		return SearchQuery.parse(text, null, null, null, null, null, null, null, sort, page, size);
	}
}
