package org.yangguang.search;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.search.internal.ChangeRecorder;
import org.yangguang.support.UniqueWords;

/**
 * The public search page is a plain GET form: results with marked passages and their metadata, filters, order
 * and page links all work without JavaScript; markup in a document never reaches the page unescaped; a bad value
 * is explained next to its field.
 */
@SearchIntegrationTest
class SearchPageWorksWithoutJavaScript {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	CorpusSource source;

	@Autowired
	ChangeRecorder changes;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void resultsShowMarkedPassagesAndMetadata() throws Exception {
		mvc.perform(get("/search").param("q", "即办件").param("column", CorpusSource.COLUMN_A))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<mark>即办件</mark>"),
					containsString("href=\"/search-test/900004\""), containsString("余府发〔2024〕912号"),
					containsString("余庆县人民政府"), containsString("2024-06-20"), containsString("id=\"search-count\""))));
	}

	@Test
	void theFormOffersTheFiltersAndKeepsWhatWasAsked() throws Exception {
		mvc.perform(get("/search").param("q", "计划生育").param("org", "520329-JYJ"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"q\""), containsString("value=\"计划生育\""),
					containsString("<select id=\"org\" name=\"org\">"),
					containsString("<option value=\"520329-JYJ\" selected=\"selected\">"),
					containsString(CorpusSource.COLUMN_A), containsString("name=\"year\""))));
	}

	@Test
	void orderAndPageAreLinks() throws Exception {
		mvc.perform(get("/search").param("q", "政务公开").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("sort=date"), containsString("page=1"),
					containsString("rel=\"next\""))));
	}

	@Test
	void theBarePageOnlyInvitesASearch() throws Exception {
		mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"q\""), not(containsString("id=\"search-count\"")))));
	}

	@Test
	void aBadValueIsExplainedNextToTheForm() throws Exception {
		mvc.perform(get("/search").param("q", "政务").param("year", "二〇二四"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("error-summary"), containsString("发布年份“二〇二四”"))));
	}

	@Test
	void markupInADocumentIsShownAsText() throws Exception {
		String word = UniqueWords.word("转义");
		String id = UniqueWords.itemId();
		new TransactionTemplate(transactions).executeWithoutResult(s -> {
			source.publish(id, word + "<script>alert(1)</script>", "正文<img src=x onerror=alert(2)>" + word, "520329",
					CorpusSource.COLUMN_B);
			changes.record(CorpusSource.NAME, id);
		});
		searchIndex.applyPendingChanges();

		mvc.perform(get("/search").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;"),
					containsString("&lt;img src=x onerror=alert(2)&gt;"), not(containsString("<script>alert")),
					not(containsString("<img src=x")))));
	}

	@Test
	void thePageSpeaksEnglishToo() throws Exception {
		mvc.perform(get("/search").param("q", "即办件").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Search this site"), containsString("results for"))));
	}
}
