package org.yangguang.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.inforequest.RequestApi.body;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * 条例第三十条、第三十五条、第三十七条 through the API: a reply that does not fit the request's record is a 400 naming
 * the article; after the correction, the request for reasons, or with each withheld part, it is issued.
 */
@IntegrationTest
class RepliesFitWhatHappenedThroughTheApi {

	@Autowired
	TestRestTemplate rest;

	RequestApi requests;

	@BeforeEach
	void setUp() {
		requests = new RequestApi(new Api(rest));
	}

	private static void assertRefused(ResponseEntity<String> r, String code, String article) {
		assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(400);
		assertThat(Api.read(r).get("code").asString()).isEqualTo(code);
		assertThat(r.getBody()).contains(article);
	}

	@Test
	void stillUnclearNeedsACorrectionFirst() {
		String no = requests.apply("citizen1", "520329-JYJ", "那个文件");
		assertRefused(requests.step(no, "reply", body("outcome", "unable.stillUnclear", "ground", "不明确", "body", "无法提供"),
				"clerk"), "inforequest.error.stillUnclearWithoutCorrection", "第三十条");

		requests.ok(no, "correction", body("items", List.of("请写明文件名称")), "clerk");
		requests.ok(no, "corrected", body("text", "还是那个文件"), "citizen1");
		JsonNode replied = requests.ok(no, "reply",
				body("outcome", "unable.stillUnclear", "ground", "补正后仍无法确定所需信息", "body", "无法提供"), "clerk");
		assertThat(replied.get("outcome").asString()).isEqualTo("unable.stillUnclear");
	}

	@Test
	void massiveRequestsNeedARecordedRequestForReasons() {
		String no = requests.apply("citizen2", "520329-JYJ", "全县所有学校近十年的全部会议记录");
		assertRefused(requests.step(no, "reply", body("outcome", "notProcessed.massive", "ground", "大量申请", "body",
				"不予处理"), "clerk"), "inforequest.error.massiveWithoutReasonsAsked", "第三十五条");

		JsonNode asked = requests.ok(no, "ask-for-reasons", body("reason", "本月已提出40余件申请，请说明理由"), "clerk");
		assertThat(asked.get("events").findValuesAsString("action")).contains("reasons-requested");
		assertThat(asked.get("status").asString()).isEqualTo("in_progress");
		JsonNode replied = requests.ok(no, "reply", body("outcome", "notProcessed.massive", "ground",
				"申请人未说明合理理由", "body", "不予处理"), "clerk");
		assertThat(replied.get("outcome").asString()).isEqualTo("notProcessed.massive");
	}

	@Test
	void withholdingForAThirdPartyNeedsItsConsultationOrARecordedReason() {
		String no = requests.apply("citizen1", "520329-JYJ", "某药店的进货合同");
		assertRefused(requests.step(no, "reply", body("outcome", "withheld.thirdParty", "ground", "涉及商业秘密", "body",
				"不予公开"), "clerk"), "inforequest.error.thirdPartyWithholdingNotConsulted", "第三十二条");

		JsonNode replied = requests.ok(no, "reply", body("outcome", "withheld.thirdParty", "ground", "涉及商业秘密",
				"body", "不予公开", "thirdPartyNotConsultedReason", "药店已歇业，经营者无法联系；进货价格属商业秘密"), "clerk");
		assertThat(replied.get("outcome").asString()).isEqualTo("withheld.thirdParty");
		assertThat(replied.get("events").findValuesAsString("action")).contains("third-party-not-consulted");
	}

	@Test
	void aPartialDisclosureRecordsTheGroundOfEachWithheldPart() {
		String no = requests.apply("citizen1", "520329-JYJ", "2025年教师招聘考生成绩");
		assertRefused(requests.step(no, "reply", body("outcome", "partial", "ground", "区分处理", "body", "见附件"),
				"clerk"), "inforequest.error.withheldPartsRequired", "第三十七条");

		JsonNode replied = requests.ok(no, "reply", body("outcome", "partial", "ground", "已作区分处理", "body", "见附件",
				"withheldParts", List.of(Map.of("part", "考生身份证号码", "ground", "withheld.thirdParty"),
						Map.of("part", "阅卷组内部评分讨论记录", "ground", "withheld.processInfo"))),
				"clerk");
		assertThat(replied.get("outcome").asString()).isEqualTo("partial");
		assertThat(replied.get("withheldParts").size()).isEqualTo(2);
		assertThat(replied.get("withheldParts").get(1).get("ground").asString()).isEqualTo("withheld.processInfo");
		assertThat(requests.get(no, "citizen1").get("withheldParts").get(0).get("part").asString())
			.isEqualTo("考生身份证号码");
	}
}
