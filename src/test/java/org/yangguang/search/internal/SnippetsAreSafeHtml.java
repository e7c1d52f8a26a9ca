package org.yangguang.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yangguang.search.SearchHit;
import org.yangguang.search.SearchQuery;

/**
 * Snippets and highlighted titles mark the matched words with {@code <mark>} and escape everything else, so that
 * the portal can show them as HTML: text of a document can never inject markup.
 */
class SnippetsAreSafeHtml {

	static final String HOSTILE = "关于<script>alert('政务公开')</script>的通知 & \"引号\" <img src=x onerror=alert(1)>";

	@Test
	void matchedWordsAreMarkedInSnippetAndTitle() {
		try (TestIndex index = TestIndex.withCorpus()) {
			SearchHit hit = index.search(SearchQuery.of("即办件")).hits().get(0);

			assertThat(hit.snippet()).contains("<mark>即办件</mark>");
			assertThat(index.search(SearchQuery.of("村务公开")).hits()).anySatisfy(
					h -> assertThat(h.titleHighlighted()).contains("<mark>村务公开</mark>"));
		}
	}

	@Test
	void markupInTheTextIsEscaped() {
		try (TestIndex index = new TestIndex()) {
			index.put(TestIndex.item("h1", HOSTILE, "正文 " + HOSTILE + " 结束", TestIndex.COUNTY, null, null, null,
					null, "2024-05-01T00:00:00Z", null, null, null));

			SearchHit hit = index.search(SearchQuery.of("政务公开")).hits().get(0);

			assertThat(hit.snippet()).contains("&lt;script&gt;").contains("&amp;").doesNotContain("<script")
				.doesNotContain("<img").contains("<mark>政务公开</mark>");
			assertThat(hit.titleHighlighted()).startsWith("关于&lt;script&gt;").doesNotContain("<script");
			assertOnlyMarkTags(hit.snippet());
			assertOnlyMarkTags(hit.titleHighlighted());
		}
	}

	@Test
	void withoutAMatchInTheTextTheSnippetIsItsOpening() {
		try (TestIndex index = new TestIndex()) {
			index.put(TestIndex.item("t1", "关于好差评的通知", "第一段<b>正文</b>。", TestIndex.COUNTY, null, null, null,
					null, "2024-05-01T00:00:00Z", null, null, null));

			SearchHit hit = index.search(SearchQuery.of("好差评")).hits().get(0);

			assertThat(hit.snippet()).isEqualTo("第一段&lt;b&gt;正文&lt;&#x2F;b&gt;。");
			assertThat(hit.titleHighlighted()).isEqualTo("关于<mark>好差评</mark>的通知");
		}
	}

	/** Property: whatever characters a text holds, the only tags in its snippet are mark tags. */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void randomTextsGiveOnlyMarkTags(long seed) {
		Random random = new Random(seed);
		String alphabet = "<>&\"'/=政务公开办结 \n	abc";
		try (TestIndex index = new TestIndex()) {
			for (int i = 0; i < 30; i++) {
				StringBuilder text = new StringBuilder();
				for (int c = 0; c < 200; c++) {
					text.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
				index.put(TestIndex.item("r" + i, "随机" + i + text.substring(0, 20), text + "政务公开",
						TestIndex.COUNTY, null, null, null, null, "2024-05-01T00:00:00Z", null, null, null));
			}
			for (SearchHit hit : index.search(SearchQuery.parse("政务公开", null, null, null, null, null, null, null,
					null, null, "100")).hits()) {
				assertOnlyMarkTags(hit.snippet());
				assertOnlyMarkTags(hit.titleHighlighted());
			}
		}
	}

	static Stream<Long> seeds() {
		return Stream.of(1L, 99L, 12345L);
	}

	static void assertOnlyMarkTags(String html) {
		assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">")
			.doesNotContain("\"");
	}
}
