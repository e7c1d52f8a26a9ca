package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.calendar.Official.CALENDAR;
import static org.yangguang.calendar.Official.date;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data file has every year from 2020 to 2026, each with its notice and the notice's number of working days. */
class ShippedSchedulesFollowTheNotices {

	@ParameterizedTest
	@CsvSource({ "2020, 国办发明电〔2019〕16号, 249", "2021, 国办发明电〔2020〕27号, 250", "2022, 国办发明电〔2021〕11号, 249",
			"2023, 国办发明电〔2022〕16号, 249", "2024, 国办发明电〔2023〕7号, 251", "2025, 国办发明电〔2024〕12号, 248",
			"2026, 国办发明电〔2025〕7号, 248" })
	void yearHasItsNoticeAndWorkingDays(int year, String notice, int workingDays) {
		YearSchedule schedule = CALENDAR.schedule(year).orElseThrow();

		assertThat(schedule.notice()).contains(notice);
		assertThat(CALENDAR.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).workingDays())
				.isEqualTo(workingDays);
	}

	@ParameterizedTest
	@CsvSource({ "2025, 2025-01-28, 2025-02-04", "2026, 2026-02-15, 2026-02-23", "2024, 2024-02-10, 2024-02-17" })
	void springFestivalBreakIsListedDayByDay(int year, String from, String to) {
		assertThat(CALENDAR.schedule(year).orElseThrow().holidays())
				.containsAll(date(from).datesUntil(date(to).plusDays(1)).toList());
	}

	@ParameterizedTest
	@CsvSource({ "2020", "2021", "2022", "2023", "2024", "2025", "2026" })
	void everyAdjustedWorkingDayIsAWeekendDay(int year) {
		assertThat(CALENDAR.schedule(year).orElseThrow().workdays())
				.allSatisfy(day -> assertThat(day.getDayOfWeek().getValue()).isGreaterThanOrEqualTo(6));
	}
}
