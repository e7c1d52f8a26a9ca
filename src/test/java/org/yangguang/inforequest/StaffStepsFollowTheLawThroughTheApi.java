package org.yangguang.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.inforequest.RequestApi.body;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The staff steps of the API on today's calendar: correction and restart, third party, one extension, fees, reply
 * and appeal; 409 for a step the state machine refuses, 400 for a rule, 403 for staff out of scope.
 */
@IntegrationTest
class StaffStepsFollowTheLawThroughTheApi {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Clock clock;

	RequestApi requests;
	Api api;
	LocalDate today;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
		requests = new RequestApi(api);
		today = LocalDate.now(clock);
	}

	@Test
	void aCorrectionStopsTheClockAndItsReceiptRestartsIt() {
		String no = requests.apply("citizen1", "520329-JYJ", "想要学校的文件");
		JsonNode noticed = requests.ok(no, "correction", body("items", List.of("请写明文件名称", "请写明学校")), "clerk");
		assertThat(noticed.get("status").asString()).isEqualTo("awaiting_correction");
		assertThat(noticed.get("deadlineKind").asString()).isEqualTo("correction");
		assertThat(noticed.get("correction").get("dueOn").asString())
			.isEqualTo(calendar.deadline(today, 15).deadline().toString());

		ResponseEntity<String> again = requests.step(no, "correction", body("items", List.of("再补")), "clerk");
		assertThat(again.getStatusCode().value()).isEqualTo(409);

		JsonNode corrected = requests.ok(no, "corrected", body("text", "余庆中学2025年招生简章"), "citizen1");
		assertThat(corrected.get("status").asString()).isEqualTo("in_progress");
		assertThat(corrected.get("deadline").asString()).isEqualTo(calendar.deadline(today, 20).deadline().toString());
		assertThat(corrected.get("explanation").get("start").asString()).isEqualTo(today.toString());
	}

	@Test
	void aThirdPartyConsultationPausesAndItsOpinionResumes() {
		String no = requests.apply("citizen1", "520329-JYJ", "某民办学校办学许可申请材料");
		JsonNode paused = requests.ok(no, "third-party", body("party", "余庆县某民办学校", "contact", "0851-2622"),
				"clerk");
		assertThat(paused.get("status").asString()).isEqualTo("consulting_third_party");
		assertThat(paused.get("deadlineKind").asString()).isEqualTo("thirdParty");
		assertThat(paused.get("deadline").asString()).isEqualTo(calendar.deadline(today, 15).deadline().toString());
		assertThat(paused.has("replyDeadline")).as("the reply clock has no deadline while paused").isFalse();

		ResponseEntity<String> noReason = requests.step(no, "third-party-reply", body("consent", false), "clerk");
		assertThat(noReason.getStatusCode().value()).isEqualTo(400);

		JsonNode resumed = requests.ok(no, "third-party-reply", body("consent", true), "clerk");
		assertThat(resumed.get("status").asString()).isEqualTo("in_progress");
		assertThat(resumed.get("thirdParty").get("consent").asBoolean()).isTrue();
		assertThat(resumed.get("deadline").asString()).isEqualTo(calendar.deadline(today, 20).deadline().toString());
	}

	@Test
	void theDepartmentProposesTheOfficeExtendsOnceAndASecondExtensionConflicts() {
		String no = requests.apply("citizen2", "520329-JYJ", "全县中小学校舍安全检查报告");
		ResponseEntity<String> proposed = requests.step(no, "extend", body("workingDays", 10, "reason", "涉及全县学校"),
				"clerk");
		assertThat(proposed.getStatusCode().value()).isEqualTo(202);
		assertThat(Api.read(proposed).get("extension").get("status").asString()).isEqualTo("proposed");

		JsonNode granted = requests.ok(no, "extend", body("workingDays", 10, "reason", "涉及全县学校"), "office");
		assertThat(granted.get("extension").get("status").asString()).isEqualTo("granted");
		assertThat(granted.get("deadline").asString()).isEqualTo(calendar.deadline(today, 30).deadline().toString());
		assertThat(granted.get("events").findValuesAsString("action")).contains("extension-granted");

		ResponseEntity<String> second = requests.step(no, "extend", body("workingDays", 5, "reason", "再延"), "office");
		assertThat(second.getStatusCode().value()).isEqualTo(409);
		assertThat(Api.read(second).get("code").asString()).isEqualTo("inforequest.error.extendedOnce");
	}

	@Test
	void anExtensionOfMoreThanTwentyWorkingDaysIsABadRequest() {
		String no = requests.apply("citizen2", "520329-JYJ", "教师职称评审结果");
		ResponseEntity<String> tooLong = requests.step(no, "extend", body("workingDays", 21, "reason", "材料多"), "office");
		assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
		assertThat(Api.read(tooLong).get("errors").get(0).get("field").asString()).isEqualTo("workingDays");
	}

	@Test
	void aFeeComputedByTheRuleIsPaidAndTheReplyIsIssued() {
		String no = requests.apply("citizen1", "520329-JYJ", "2020年以来全部招生录取名册");
		ResponseEntity<String> free = requests.step(no, "fee-notice", body("method", "per_page", "pages", 30), "clerk");
		assertThat(free.getStatusCode().value()).isEqualTo(400);

		JsonNode notice = requests.ok(no, "fee-notice", body("method", "per_page", "pages", 50), "clerk");
		assertThat(notice.get("status").asString()).isEqualTo("awaiting_fee");
		assertThat(notice.get("fee").get("amountYuan").asInt()).isEqualTo(200);
		assertThat(notice.get("fee").get("dueOn").asString()).isEqualTo(calendar.deadline(today, 20).deadline().toString());

		JsonNode paid = requests.ok(no, "fee-paid", null, "clerk");
		assertThat(paid.get("status").asString()).isEqualTo("in_progress");

		JsonNode replied = requests.ok(no, "reply", body("outcome", "granted", "ground", "", "body", "见附件录取名册"),
				"clerk");
		assertThat(replied.get("status").asString()).isEqualTo("replied");
		assertThat(replied.get("outcome").asString()).isEqualTo("granted");
		assertThat(replied.get("replyType").asString()).isEqualTo("disclosed");
		assertThat(replied.get("decidedOn").asString()).isEqualTo(today.toString());
		assertThat(replied.get("letter").asString()).isEqualTo("/api/v1/requests/" + no + "/letter.pdf");

		ResponseEntity<String> twice = requests.step(no, "reply", body("outcome", "granted", "body", "x"), "clerk");
		assertThat(twice.getStatusCode().value()).isEqualTo(409);
	}

	@Test
	void aReplyTypeMustFitItsOutcomeRow() {
		String no = requests.apply("citizen1", "520329-JYJ", "某项目评审专家名单");
		ResponseEntity<String> misfit = requests.step(no, "reply",
				body("outcome", "granted", "replyType", "withheld", "ground", "x", "body", "x"), "clerk");
		assertThat(misfit.getStatusCode().value()).isEqualTo(400);
		ResponseEntity<String> unknown = requests.step(no, "reply", body("outcome", "kept", "body", "x"), "clerk");
		assertThat(Api.read(unknown).get("errors").get(0).get("field").asString()).isEqualTo("outcome");

		JsonNode referred = requests.ok(no, "reply", body("outcome", "unable.notHeld", "replyType", "other_agency",
				"ground", "", "body", "请向该机关申请", "otherAgencyName", "余庆县人力资源和社会保障局"), "clerk");
		assertThat(referred.get("replyType").asString()).isEqualTo("other_agency");
		assertThat(referred.get("otherAgencyName").asString()).isEqualTo("余庆县人力资源和社会保障局");
	}

	@Test
	void reconsiderationAndLitigationAreRecordedWithTheirResult() {
		String no = requests.apply("citizen1", "520329-JYJ", "学校食堂承包合同");
		requests.ok(no, "reply", body("outcome", "withheld.thirdParty", "ground", "涉及商业秘密，第三方不同意公开",
				"body", "不予公开", "thirdPartyNotConsultedReason", "承包企业已注销，无法联系；报价属商业秘密，损害明显"), "clerk");
		JsonNode pending = requests.ok(no, "appeal", body("kind", "reconsideration", "filedOn", today.toString()),
				"clerk");
		assertThat(pending.get("appeals").get(0).get("result").asString()).isEqualTo("pending");

		JsonNode decided = requests.ok(no, "appeal", body("kind", "reconsideration", "filedOn", today.toString(),
				"result", "maintained", "decidedOn", today.toString()), "office");
		assertThat(decided.get("appeals").size()).isEqualTo(1);
		assertThat(decided.get("appeals").get(0).get("result").asString()).isEqualTo("maintained");

		ResponseEntity<String> noDate = requests.step(no, "appeal",
				body("kind", "litigation_direct", "filedOn", today.toString(), "result", "corrected"), "clerk");
		assertThat(Api.read(noDate).get("errors").get(0).get("field").asString()).isEqualTo("decidedOn");
	}

	@Test
	void staffActingOutOfScopeAreForbiddenButCannotEvenSeeIt() {
		String no = requests.apply("citizen1", "520329-MZJ", "2025年城乡低保资金发放情况");
		assertThat(api.get("/api/v1/requests/" + no, "clerk").getStatusCode().value()).isEqualTo(404);
		assertThat(requests.step(no, "reply", body("outcome", "granted", "body", "x"), "clerk").getStatusCode().value())
			.isEqualTo(403);
		assertThat(requests.step(no, "correction", body("items", List.of("x")), "leader").getStatusCode().value())
			.isEqualTo(403);
		assertThat(requests.step(no, "reply", body("outcome", "granted", "body", "x"), "citizen1").getStatusCode()
			.value()).isEqualTo(403);
		assertThat(requests.step(no, "reply", body("outcome", "granted", "body", "x"), "citizen2").getStatusCode()
			.value()).isEqualTo(404);
		assertThat(requests.step(no, "assign", body("agency", "520329-JYJ"), "clerk").getStatusCode().value())
			.isEqualTo(403);
		// the county disclosure office covers every department
		assertThat(requests.ok(no, "reply", body("outcome", "granted", "body", "见附件"), "office").get("status")
			.asString()).isEqualTo("replied");
	}

	@Test
	void theApplicantWithdrawsAndTheRequestCountsAsOtherHandling() {
		String no = requests.apply("citizen2", "520329-JYJ", "不再需要的信息");
		JsonNode withdrawn = requests.ok(no, "withdraw", body("reason", "已从其他渠道获得"), "citizen2");
		assertThat(withdrawn.get("status").asString()).isEqualTo("withdrawn");
		assertThat(withdrawn.get("outcome").asString()).isEqualTo("other.other");
		assertThat(requests.step(no, "withdraw", null, "citizen2").getStatusCode().value()).isEqualTo(409);
	}

	@Test
	void staffReadThePersonalDataOnlyThroughAnAuditedRead() {
		String no = requests.apply("citizen1", "520329-JYJ", "某文件");
		JsonNode applicant = Api.read(api.get("/api/v1/requests/" + no + "/applicant", "clerk"));
		assertThat(applicant.get("name").asString()).isEqualTo("张伟");
		assertThat(applicant.get("idNumber").asString()).isEqualTo("520329199003151237");
		assertThat(api.get("/api/v1/requests/" + no + "/applicant", "citizen2").getStatusCode().value()).isEqualTo(404);
	}
}
