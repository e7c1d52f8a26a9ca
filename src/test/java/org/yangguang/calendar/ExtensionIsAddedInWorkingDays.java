package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.calendar.Official.CALENDAR;
import static org.yangguang.calendar.Official.date;

import org.junit.jupiter.api.Test;

/** An extension (延期) adds working days, counted on past the original deadline across holidays. */
class ExtensionIsAddedInWorkingDays {

	@Test
	void fifteenMoreWorkingDaysAfterNationalDay2024() {
		TimeLimit limit = TimeLimit.start(date("2024-09-10"), 20);
		assertThat(limit.deadline(CALENDAR)).contains(date("2024-10-14"));

		TimeLimit extended = limit.extend(15, date("2024-10-10"), "经负责人同意延长答复期限");
		DeadlineExplanation explanation = extended.explain(CALENDAR);

		assertThat(explanation.deadline()).isEqualTo(date("2024-11-04"));
		assertThat(explanation.extensionDays()).isEqualTo(15);
		assertThat(explanation.countedDays()).hasSize(35);
		assertThat(explanation.extensions()).singleElement()
				.satisfies(extension -> assertThat(extension.reason()).isEqualTo("经负责人同意延长答复期限"));
	}

	@Test
	void extensionAndPauseCombine() {
		TimeLimit limit = TimeLimit.start(date("2024-03-01"), 10).pause(date("2024-03-05"), null)
				.resume(date("2024-03-07"), null).extend(2, date("2024-03-08"), null);

		assertThat(limit.deadline(CALENDAR)).contains(date("2024-03-21"));
		assertThat(limit.totalWorkingDays()).isEqualTo(12);
	}
}
