package org.yangguang.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rich text from staff is cleaned before it is stored: no scripts, handlers, styles, frames or unsafe links. */
class BodyIsSanitised {

	@Test
	void scriptsAndEventHandlersAreRemoved() {
		String clean = BodySanitizer.clean("<p onclick=\"steal()\">通知<script>alert(1)</script></p>"
				+ "<img src=\"x\" onerror=\"alert(2)\"><iframe src=\"https://evil\"></iframe>");
		assertThat(clean).doesNotContain("script", "onclick", "onerror", "iframe", "alert");
		assertThat(clean).contains("<p>通知</p>");
	}

	@Test
	void javascriptLinksAreRemovedAndOrdinaryLinksKept() {
		String clean = BodySanitizer.clean("<a href=\"javascript:alert(1)\">a</a><a href=\"https://www.gov.cn\">b</a>");
		assertThat(clean).doesNotContain("javascript").contains("href=\"https://www.gov.cn\"");
	}

	@Test
	void tablesAndListsSurvive() {
		String clean = BodySanitizer.clean("<table><tr><td colspan=\"2\">合计</td></tr></table><ol><li>一</li></ol>");
		assertThat(clean).contains("<table>", "colspan=\"2\"", "<ol>", "<li>一</li>");
	}

	@Test
	void textWithoutMarkupBecomesParagraphs() {
		assertThat(BodySanitizer.clean("第一条 总则\n\n第二条 <适用范围>\n"))
			.isEqualTo("<p>第一条 总则</p><p>第二条 &lt;适用范围&gt;</p>");
	}

	@Test
	void theTextForSearchHasNoMarkup() {
		assertThat(BodySanitizer.text("<p>政务<b>公开</b></p><p>依申请公开</p>")).isEqualTo("政务公开 依申请公开");
	}
}
