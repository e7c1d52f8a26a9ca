package org.yangguang.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yangguang.shared.Searchable;

/** A query of several words (separated by spaces) finds the items that contain every one of them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryQueryWordMustBeFound {

	static final List<String> WORDS = List.of("依申请公开", "主动公开", "村务公开", "计划生育", "办事公开", "政务服务",
			"行政许可", "领导小组", "监督", "考核", "一次性告知", "便民服务中心", "权力清单", "政策解读", "施工", "学校");

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
	void twoWordsNarrowTheResults() {
		List<String> both = index.ids("依申请公开 行政许可");

		assertThat(both).containsExactly("5");
		assertThat(index.ids("依申请公开")).contains("1", "4", "5");
	}

	@Test
	void fullWidthSpacesAndCommasSeparateWordsToo() {
		assertThat(index.ids("依申请公开　行政许可")).containsExactly("5");
		assertThat(index.ids("依申请公开，行政许可")).containsExactly("5");
	}

	/** Property: for random pairs of words, the hits are exactly the items containing both. */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void hitsAreExactlyTheItemsContainingAllWords(long seed) {
		Random random = new Random(seed);
		for (int round = 0; round < 20; round++) {
			String first = WORDS.get(random.nextInt(WORDS.size()));
			String second = WORDS.get(random.nextInt(WORDS.size()));
			List<String> expected = TestIndex.corpus().stream()
				.filter(i -> contains(i, first) && contains(i, second)).map(Searchable::id).toList();

			assertThat(index.ids(first + " " + second)).as("%s %s", first, second)
				.containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	static Stream<Long> seeds() {
		return Stream.of(7L, 11L, 2025L);
	}

	private static boolean contains(Searchable item, String word) {
		return item.title().contains(word) || item.text().contains(word) || item.attachmentText().contains(word);
	}
}
