package org.yangguang.inforequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.inforequest.internal.Fixtures.CALENDAR;
import static org.yangguang.inforequest.internal.Fixtures.CLERK;
import static org.yangguang.inforequest.internal.Fixtures.SETTINGS;
import static org.yangguang.inforequest.internal.Fixtures.date;
import static org.yangguang.inforequest.internal.Fixtures.receivedOn;
import static org.yangguang.inforequest.internal.ReplyIsConsistentWithWhatHappenedToTheRequest.rejection;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.ReplyType;
import org.yangguang.inforequest.RequestStatus;

/**
 * 条例第十五条、第三十二条: withholding to protect a third party follows its written consultation, or a recorded reason
 * why the harm is evident and the third party cannot be reached. A request received on Monday 2025-03-03; the third
 * party consulted on Wednesday 03-05 objects on Monday 03-17.
 */
class ThirdPartyWithholdingNeedsConsultationOrARecordedReason {

	@Test
	void withholdingForAThirdPartyIsRefusedWithoutConsultationOrReasonArt32() {
		InformationRequest r = receivedOn("2025-03-03");
		assertThat(rejection(() -> r.reply(ReplyType.WITHHELD, Outcome.WITHHELD_THIRD_PARTY, "涉及商业秘密", "不予公开",
				null, null, List.of(), false, "  ", date("2025-03-20"), CLERK)))
			.isEqualTo("inforequest.error.thirdPartyWithholdingNotConsulted");
		assertThat(r.status()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(r.reply()).isNull();
	}

	@Test
	void withholdingForAThirdPartyIsAllowedAfterItsWrittenConsultationArt32() {
		InformationRequest r = receivedOn("2025-03-03");
		r.consultThirdParty("余庆县某建筑公司", "0851-2622", date("2025-03-05"), CLERK, CALENDAR, SETTINGS);
		r.recordThirdPartyOpinion(false, "合同含报价等商业秘密", date("2025-03-17"), CLERK);
		r.reply(ReplyType.WITHHELD, Outcome.WITHHELD_THIRD_PARTY, "涉及商业秘密，第三方不同意公开", "不予公开", null, null,
				List.of(), false, null, date("2025-03-20"), CLERK);
		assertThat(r.reply().outcome()).isEqualTo(Outcome.WITHHELD_THIRD_PARTY);
		assertThat(r.happened()).extracting(Happened::action)
			.doesNotContain(InformationRequest.THIRD_PARTY_NOT_CONSULTED);
	}

	@Test
	void withholdingForAnUnreachableThirdPartyKeepsTheReasonOnTheTimelineArt32() {
		InformationRequest r = receivedOn("2025-03-03");
		r.reply(ReplyType.WITHHELD, Outcome.WITHHELD_THIRD_PARTY, "涉及个人隐私", "不予公开", null, null, List.of(), false,
				"所需信息为病历，损害明显；当事人已迁出，无法联系", date("2025-03-20"), CLERK);
		assertThat(r.reply().outcome()).isEqualTo(Outcome.WITHHELD_THIRD_PARTY);
		assertThat(r.happened()).filteredOn(h -> InformationRequest.THIRD_PARTY_NOT_CONSULTED.equals(h.action()))
			.extracting(Happened::detail)
			.containsExactly("所需信息为病历，损害明显；当事人已迁出，无法联系");
	}

	@Test
	void otherRefusalsNeedNoThirdPartyConsultation() {
		assertThat(ThirdPartyWithholdingAfterConsultationRule.check(Outcome.WITHHELD_PROCESS_INFO, false, null).allowed())
			.isTrue();
	}
}
