package org.yangguang.services.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.services.internal.CaseFixtures.CALENDAR;
import static org.yangguang.services.internal.CaseFixtures.date;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.services.CaseStatus;
import org.yangguang.shared.IllegalTransitionException;

/**
 * 并联审批: each department decides its own task on its own budget, on the same materials; the case is decided when
 * the last one has, approved only if every department approved, with every refusal explained in one decision.
 */
class JointApprovalDecidesWhenEveryDepartmentHas {

	static ServiceCase accepted() {
		ServiceCase c = CaseFixtures.submitted(CaseFixtures.joint(), date("2025-11-03"), 1, 2, 3);
		c.addTask(11, "食品经营许可", 10);
		c.addTask(12, "公共场所卫生许可", 7);
		c.addTask(13, "招牌设置审批", 5);
		c.accept(date("2025-11-03"), "窗口", 10);
		return c;
	}

	@Test
	void eachTaskHasItsOwnBudgetFromAcceptance() {
		ServiceCase c = accepted();
		assertThat(c.budget(5, null).deadline(CALENDAR)).contains(date("2025-11-10"));
		assertThat(c.budget(7, null).deadline(CALENDAR)).contains(date("2025-11-12"));
		assertThat(c.deadline(CALENDAR)).isEqualTo(date("2025-11-17"));
	}

	@Test
	void theCaseIsDecidedOnlyWhenTheLastDepartmentHasDecided() {
		ServiceCase c = accepted();
		c.decideTask(11, true, null, date("2025-11-05"), "市场监管局");
		c.decideTask(12, true, null, date("2025-11-06"), "卫健局");
		assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
		c.decideTask(13, true, null, date("2025-11-07"), "住建局");
		assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(c.approved()).isTrue();
	}

	@Test
	void oneRefusalRefusesTheCaseAndEveryRefusalIsExplainedTogether() {
		ServiceCase c = accepted();
		c.decideTask(11, false, "经营场所与住宅未有效隔离", date("2025-11-05"), "市场监管局");
		c.decideTask(12, true, null, date("2025-11-06"), "卫健局");
		c.decideTask(13, false, "招牌尺寸超出规定", date("2025-11-07"), "住建局");
		assertThat(c.approved()).isFalse();
		assertThat(c.decisionReason()).contains("经营场所与住宅未有效隔离").contains("招牌尺寸超出规定");
	}

	@Test
	void aDepartmentDecidesOnceAndAJointCaseIsNotDecidedAsAWhole() {
		ServiceCase c = accepted();
		c.decideTask(11, true, null, date("2025-11-05"), "市场监管局");
		assertThatThrownBy(() -> c.decideTask(11, true, null, date("2025-11-05"), "市场监管局"))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> c.decide(true, null, date("2025-11-05"), "窗口"))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> c.decideTask(11, false, " ", date("2025-11-05"), "市场监管局"))
			.isInstanceOf(Exception.class);
	}

	@Test
	void aSupplementAskedByOneDepartmentStopsEveryTasksClock() {
		ServiceCase c = accepted();
		c.notice(List.of(2), "身份证复印件不清晰", date("2025-11-04"), "卫健局", 12L);
		c.supplement(List.of(2), date("2025-11-06"), "张伟");
		// 11-05 and 11-06 not counted
		assertThat(c.budget(5, null).deadline(CALENDAR)).contains(date("2025-11-12"));
		assertThat(c.deadline(CALENDAR)).isEqualTo(date("2025-11-19"));
	}
}
