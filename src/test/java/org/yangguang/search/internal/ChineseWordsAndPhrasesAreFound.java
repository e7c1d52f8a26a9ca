package org.yangguang.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yangguang.search.SearchQuery;

/** Searching the corpus finds Chinese words, government terms, parts of terms and phrases, and nothing else. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChineseWordsAndPhrasesAreFound {

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
	void governmentTermsFindExactlyThePiecesThatContainThem() {
		assertThat(index.ids("依申请公开")).containsExactlyInAnyOrderElementsOf(containing("依申请公开"));
		assertThat(index.ids("一次性告知")).containsExactlyInAnyOrderElementsOf(containing("一次性告知"));
		assertThat(index.ids("即办件")).containsExactly("4");
		assertThat(index.ids("权力清单")).containsExactly("6");
		assertThat(index.ids("村务公开")).containsExactlyInAnyOrderElementsOf(containing("村务公开"));
	}

	@Test
	void partOfAProtectedTermIsFoundThroughTheCharacterPairs() {
		// 政府信息公开 is one word for the segmenter, yet 信息公开 inside it is found
		assertThat(index.ids("信息公开")).containsExactlyInAnyOrderElementsOf(containing("信息公开"));
		assertThat(index.ids("差评")).containsExactly("4");
	}

	@Test
	void aPhraseIsFoundWhereItsCharactersFollowEachOther() {
		assertThat(index.ids("限时办结制")).containsExactlyInAnyOrderElementsOf(containing("限时办结制"));
		assertThat(index.ids("公开透明运行")).containsExactlyInAnyOrderElementsOf(containing("公开透明运行"));
	}

	@Test
	void aWordTheCorpusDoesNotContainFindsNothing() {
		assertThat(index.ids("量子计算机")).isEmpty();
		assertThat(index.ids("！？")).isEmpty();
	}

	@Test
	void attachmentTextIsSearched() {
		assertThat(index.ids("好差评")).containsExactly("4");
		assertThat(index.search(SearchQuery.of("好差评")).hits().get(0).snippet())
			.contains("<mark>好差评</mark>");
	}

	@Test
	void aTitleMatchRanksAboveMatchesInTheText() {
		// only item 8's title says 学校计划生育; items 2, 3 and 8 mention 计划生育 in their text
		assertThat(index.ids("计划生育").get(0)).isIn("2", "8");
		assertThat(index.ids("学校 计划生育").get(0)).isEqualTo("8");
	}

	@Test
	void singleCharactersAndLatinWordsAreFound() {
		assertThat(containing("乡")).isNotEmpty().hasSizeLessThan(TestIndex.corpus().size());
		assertThat(index.ids("乡")).containsExactlyInAnyOrderElementsOf(containing("乡"));
		assertThat(index.ids("20xx")).isNotEmpty();
	}

	/** Ids of the corpus items whose title, text or attachment contains {@code text}. */
	private static List<String> containing(String text) {
		return TestIndex.corpus().stream()
			.filter(i -> i.title().contains(text) || i.text().contains(text) || i.attachmentText().contains(text))
			.map(i -> i.id()).toList();
	}
}
