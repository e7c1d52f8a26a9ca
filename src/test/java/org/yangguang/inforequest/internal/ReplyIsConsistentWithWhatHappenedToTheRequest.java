package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.inforequest.internal.Fixtures.CALENDAR;
import static org.yangguang.inforequest.internal.Fixtures.CLERK;
import static org.yangguang.inforequest.internal.Fixtures.SETTINGS;
import static org.yangguang.inforequest.internal.Fixtures.date;
import static org.yangguang.inforequest.internal.Fixtures.receivedOn;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.ReplyType;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.inforequest.WithheldPart;
import org.yangguang.shared.RuleViolationException;

/**
 * 条例第三十条、第三十五条、第三十七条: a reply fits what happened to the request. A request received on Monday
 * 2025-03-03; the correction notice of Wednesday 03-05 and the correction of Monday 03-10 make "still unclear"
 * possible; a request for reasons of Tuesday 03-04 makes "massive repeated requests" possible; a partial disclosure
 * names each withheld part with its ground.
 */
class ReplyIsConsistentWithWhatHappenedToTheRequest {

	static String rejection(Runnable reply) {
		try {
			reply.run();
		}
		catch (RuleViolationException e) {
			return e.messageKey();
		}
		return null;
	}

	@Test
	void stillUnclearIsRefusedWithoutACorrectionNoticeArt30() {
		InformationRequest r = receivedOn("2025-03-03");
		assertThat(rejection(() -> r.reply(ReplyType.CANNOT_PROVIDE, Outcome.UNABLE_STILL_UNCLEAR, "仍不明确", "无法提供",
				null, null, List.of(), false, date("2025-03-20"), CLERK)))
			.isEqualTo("inforequest.error.stillUnclearWithoutCorrection");
		assertThat(r.status()).isEqualTo(RequestStatus.IN_PROGRESS);
	}

	@Test
	void stillUnclearIsAllowedAfterTheCorrectionArt30() {
		InformationRequest r = receivedOn("2025-03-03");
		r.requestCorrection(List.of("请写明文件名称"), null, date("2025-03-05"), CLERK, CALENDAR, SETTINGS);
		r.receiveCorrection("想要那个文件", date("2025-03-10"), CLERK, SETTINGS);
		r.reply(ReplyType.CANNOT_PROVIDE, Outcome.UNABLE_STILL_UNCLEAR, "补正后仍无法确定所需信息", "无法提供", null, null,
				List.of(), false, date("2025-03-24"), CLERK);
		assertThat(r.reply().outcome()).isEqualTo(Outcome.UNABLE_STILL_UNCLEAR);
		assertThat(ReplyGrounds.articles(ReplyType.CANNOT_PROVIDE, Outcome.UNABLE_STILL_UNCLEAR)).containsExactly("art30");
	}

	@Test
	void massiveRequestsAreNotProcessedOnlyAfterAskingForReasonsArt35() {
		InformationRequest r = receivedOn("2025-03-03");
		assertThat(rejection(() -> r.reply(ReplyType.NOT_PROCESSED, Outcome.NOT_PROCESSED_MASSIVE, "理由不合理", "不予处理",
				null, null, List.of(), false, date("2025-03-20"), CLERK)))
			.isEqualTo("inforequest.error.massiveWithoutReasonsAsked");

		r.askForReasons("本月已提出45件申请，请说明理由", date("2025-03-04"), CLERK);
		assertThat(r.happened()).extracting(Happened::action).contains(InformationRequest.REASONS_REQUESTED);
		assertThat(r.status()).as("the status and clock stay").isEqualTo(RequestStatus.IN_PROGRESS);
		r.reply(ReplyType.NOT_PROCESSED, Outcome.NOT_PROCESSED_MASSIVE, "申请人说明的理由不合理", "不予处理", null, null,
				List.of(), true, date("2025-03-20"), CLERK);
		assertThat(r.reply().outcome()).isEqualTo(Outcome.NOT_PROCESSED_MASSIVE);
		assertThat(ReplyGrounds.articles(ReplyType.NOT_PROCESSED, Outcome.NOT_PROCESSED_MASSIVE)).containsExactly("art35");
	}

	@Test
	void aRequestForReasonsStatesWhatToExplain() {
		InformationRequest r = receivedOn("2025-03-03");
		assertThatThrownBy(() -> r.askForReasons(" ", date("2025-03-04"), CLERK))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aPartialDisclosureNamesEachWithheldPartAndItsGroundArt37() {
		InformationRequest r = receivedOn("2025-03-03");
		assertThat(rejection(() -> r.reply(ReplyType.PARTIAL, Outcome.PARTIAL, "已区分处理", "见附件", null, null,
				List.of(), false, date("2025-03-20"), CLERK))).isEqualTo("inforequest.error.withheldPartsRequired");
		assertThat(rejection(() -> r.reply(ReplyType.PARTIAL, Outcome.PARTIAL, "已区分处理", "见附件", null, null,
				List.of(new WithheldPart("身份证号码", "withheld.kept")), false, date("2025-03-20"), CLERK)))
			.isEqualTo("inforequest.error.withheldPartGroundRequired");
		assertThat(rejection(() -> r.reply(ReplyType.DISCLOSED, Outcome.GRANTED, null, "见附件", null, null,
				List.of(new WithheldPart("身份证号码", "withheld.thirdParty")), false, date("2025-03-20"), CLERK)))
			.isEqualTo("inforequest.error.withheldPartsOnlyWhenPartial");

		r.reply(ReplyType.PARTIAL, Outcome.PARTIAL, "已区分处理", "见附件",
				null, null, List.of(new WithheldPart("学生的身份证号码和家庭住址", "withheld.thirdParty"),
						new WithheldPart("评审专家的内部讨论记录", "withheld.processInfo")),
				false, date("2025-03-20"), CLERK);
		assertThat(r.reply().outcome()).as("counted once, as partial").isEqualTo(Outcome.PARTIAL);
	}

	@Test
	void eachWithheldPartCitesTheArticleOfItsGround() {
		assertThat(ReplyGrounds.articlesOfWithheldGround("withheld.thirdParty")).containsExactly("art15", "art32");
		assertThat(ReplyGrounds.articlesOfWithheldGround("withheld.processInfo")).containsExactly("art16_2");
		assertThat(ReplyGrounds.articlesOfWithheldGround("withheld.stateSecret")).containsExactly("art14");
		assertThat(ReplyGrounds.articlesOfWithheldGround(WithheldPart.NOT_GOVERNMENT_INFORMATION))
			.containsExactly("art2");
		assertThat(ReplyGrounds.articles(ReplyType.PARTIAL, Outcome.PARTIAL)).containsExactly("art37", "art36_2");
	}
}
