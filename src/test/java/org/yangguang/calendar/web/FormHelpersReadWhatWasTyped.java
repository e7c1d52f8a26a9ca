package org.yangguang.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.yangguang.calendar.WorkingDayCalendar;

/** Text areas of dates, the calculator's fields, runs of days and month grids, as the pages use them. */
class FormHelpersReadWhatWasTyped {

	@Test
	void dateListTakesOneDatePerLineAndNamesWhatIsNotADate() {
		DateList list = DateList.parse("2024-10-01\r\n\r\n 2024-10-02 ，2024-10-03\n2024-10-32\nten");

		assertThat(list.dates()).containsExactly(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2),
				LocalDate.of(2024, 10, 3));
		assertThat(list.invalid()).containsExactly("2024-10-32", "ten");
		assertThat(DateList.parse("  ").dates()).isEmpty();
		assertThat(DateList.format(list.dates())).isEqualTo("2024-10-01\n2024-10-02\n2024-10-03");
	}

	@Test
	void calculatorReportsEveryFieldAtOnce() {
		DeadlineForm form = new DeadlineForm("2024-02-30", "0");
		Errors errors = new BeanPropertyBindingResult(form, "deadlineForm");

		assertThat(form.read(errors)).isEmpty();
		assertThat(errors.getFieldError("start").getCode()).isEqualTo("calendar.deadline.error.start.format");
		assertThat(errors.getFieldError("workingDays").getCode()).isEqualTo("calendar.deadline.error.workingDays.range");
	}

	@Test
	void calculatorReadsAUsableQuery() {
		DeadlineForm form = new DeadlineForm(" 2024-02-05 ", "20");
		Errors errors = new BeanPropertyBindingResult(form, "deadlineForm");

		assertThat(form.read(errors)).contains(new DeadlineForm.Query(LocalDate.of(2024, 2, 5), 20));
		assertThat(new DeadlineForm("", "x").read(new BeanPropertyBindingResult(form, "deadlineForm"))).isEmpty();
	}

	@Test
	void runsGroupConsecutiveDays() {
		List<DateRun> runs = DateRun.of(List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 1, 3)));

		assertThat(runs).containsExactly(new DateRun(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1)),
				new DateRun(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 3)));
		assertThat(runs.get(0).days()).isEqualTo(2);
		assertThat(runs.get(1).singleDay()).isTrue();
		assertThat(DateRun.of(List.of())).isEmpty();
	}

	@Test
	void monthGridStartsOnMondayAndPadsTheWeeks() {
		// February 2024 begins on a Thursday and has 29 days
		MonthGrid february = MonthGrid.of(java.time.YearMonth.of(2024, 2), WorkingDayCalendar.weekdaysOnly());

		assertThat(february.weeks()).hasSize(5).allSatisfy(week -> assertThat(week).hasSize(7));
		assertThat(february.weeks().get(0).subList(0, 3)).containsOnlyNulls();
		assertThat(february.weeks().get(0).get(3).date()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(february.weeks().get(4).get(3).date()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(february.weeks().get(4).get(4)).isNull();
		assertThat(MonthGrid.of(2024, WorkingDayCalendar.weekdaysOnly())).hasSize(12);
	}
}
