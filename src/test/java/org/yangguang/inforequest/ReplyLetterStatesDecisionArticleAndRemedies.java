package org.yangguang.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.inforequest.RequestApi.body;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

/**
 * 答复书: the PDF the applicant downloads states the decision, cites the article of the 条例, says how to obtain
 * the information, gives the remedies with their time limits and the agency, and carries its CJK font.
 */
@IntegrationTest
class ReplyLetterStatesDecisionArticleAndRemedies {

	@Autowired
	TestRestTemplate rest;

	Api api;
	RequestApi requests;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
		requests = new RequestApi(api);
	}

	@Test
	void aRefusalToProtectAThirdPartyCitesArticles36And15AndNamesTheReconsiderationBody() throws Exception {
		String no = requests.apply("citizen1", "520329-JYJ", "余庆中学食堂承包经营合同");
		requests.ok(no, "third-party", body("party", "余庆县某餐饮公司"), "clerk");
		requests.ok(no, "third-party-reply", body("consent", false, "reason", "合同含报价，属商业秘密"), "clerk");
		requests.ok(no, "reply", body("outcome", "withheld.thirdParty", "ground", "该合同涉及承包企业的商业秘密，经征求意见，企业不同意公开。",
				"body", "本机关不予公开该合同。"), "leader");

		String text = letterText(no, "citizen1");

		assertThat(text).contains("政府信息公开申请答复书", no, "张伟", "余庆中学食堂承包经营合同");
		assertThat(text).contains("依法不予公开").contains("商业秘密");
		assertThat(text).contains("《中华人民共和国政府信息公开条例》第三十六条第（三）项、第十五条、第三十二条");
		assertThat(text).contains("60日内向余庆县人民政府申请行政复议").contains("6个月内依法向人民法院提起行政诉讼");
		assertThat(text).contains("余庆县教育局").contains("签发人：县教育局陈志刚");
	}

	@Test
	void aDisclosureSaysHowToObtainTheInformation() throws Exception {
		String no = requests.apply("citizen2", "520329-JYJ", "2025年教育经费统计公告");
		requests.ok(no, "reply", body("outcome", "granted", "replyType", "already_disclosed", "body",
				"该公告已于2025年6月在县政府门户网站教育局栏目公开。"), "clerk");

		String text = letterText(no, "citizen2");

		assertThat(text).contains("已经主动公开", "第三十六条第（一）项", "电子形式", "网上获取", "县政府门户网站");
		assertThat(text).contains("行政复议", "行政诉讼");
	}

	@Test
	void theChineseTextIsDrawnWithTheEmbeddedFont() throws Exception {
		String no = requests.apply("citizen1", "520329-JYJ", "校车安全管理制度");
		requests.ok(no, "reply", body("outcome", "granted", "body", "见附件"), "clerk");
		try (PDDocument pdf = Loader.loadPDF(letter(no, "citizen1"))) {
			Map<Boolean, Set<String>> fontsOfChinese = new HashMap<>();
			new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					for (TextPosition p : positions) {
						int c = p.getUnicode().codePointAt(0);
						if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
							fontsOfChinese.computeIfAbsent(p.getFont().isEmbedded(), e -> new HashSet<>())
								.add(p.getFont().getName());
						}
					}
				}
			}.getText(pdf);
			assertThat(fontsOfChinese).containsOnlyKeys(true);
			assertThat(fontsOfChinese.get(true)).singleElement().asString().contains("DroidSansFallback");
			assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("\uFFFD").contains("余庆县教育局");
		}
	}

	@Test
	void onlyTheApplicantAndStaffInScopeDownloadIt() {
		String no = requests.apply("citizen1", "520329-JYJ", "学生体质健康监测报告");
		assertThat(api.get("/api/v1/requests/" + no + "/letter.pdf", "citizen1").getStatusCode().value())
			.as("no letter before the reply").isEqualTo(404);
		requests.ok(no, "reply", body("outcome", "granted", "body", "见附件"), "clerk");
		assertThat(api.get("/api/v1/requests/" + no + "/letter.pdf", "citizen2").getStatusCode().value()).isEqualTo(404);
		assertThat(letter(no, "clerk")).isNotEmpty();
	}

	private String letterText(String no, String user) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(letter(no, user))) {
			// the stripper breaks lines where the page does; the assertions read the text as one line
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
		}
	}

	private byte[] letter(String no, String user) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(api.token(user));
		ResponseEntity<byte[]> r = rest.exchange("/api/v1/requests/" + no + "/letter.pdf", HttpMethod.GET,
				new HttpEntity<>(headers), byte[].class);
		assertThat(r.getStatusCode().value()).isEqualTo(200);
		assertThat(r.getHeaders().getContentType()).hasToString("application/pdf");
		return r.getBody();
	}
}
