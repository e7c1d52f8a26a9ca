package org.yangguang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.calendar.ScheduledYear;
import org.yangguang.calendar.UnenteredYears;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.calendar.YearSchedule;
import org.yangguang.support.IntegrationTest;

/** Nodes that start at once each try to load the shipped years: every year ends up loaded exactly once. */
@IntegrationTest
class SeedingIsIdempotentAcrossNodes {

	@Autowired
	YearScheduleRepository schedules;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void aSecondStartLoadsNothing() {
		assertThat(new ScheduleSeeder(schedules, calendar).seed(HolidayDataFile.load())).isZero();
		assertThat(calendar.scheduledYears()).filteredOn(y -> y.year() >= 2020 && y.year() <= 2026).hasSize(7);
	}

	@Test
	void nodesStartingTogetherLoadANewYearOnce() throws Exception {
		int year = UnenteredYears.next(calendar);
		YearSchedule shipped = YearSchedule.of(year, "测试数据文件", List.of(LocalDate.of(year, 10, 1)), List.of());
		int nodes = 4;
		CyclicBarrier together = new CyclicBarrier(nodes);
		ExecutorService pool = Executors.newFixedThreadPool(nodes);
		try {
			List<Future<Integer>> started = new ArrayList<>();
			for (int i = 0; i < nodes; i++) {
				Callable<Integer> node = () -> {
					together.await();
					return new ScheduleSeeder(schedules, calendar).seed(List.of(shipped));
				};
				started.add(pool.submit(node));
			}
			int added = 0;
			for (Future<Integer> node : started) {
				added += node.get();
			}
			assertThat(added).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(calendar.schedule(year)).contains(shipped);
		assertThat(calendar.scheduledYears()).filteredOn(y -> y.year() == year).extracting(ScheduledYear::revision)
			.containsExactly(1);
	}
}
