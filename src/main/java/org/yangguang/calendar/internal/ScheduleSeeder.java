package org.yangguang.calendar.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.calendar.YearSchedule;

/**
 * Loads the shipped schedules ({@link HolidayDataFile}) into the database before the application serves
 * requests: only years the database lacks, so administrators' corrections are never overwritten. Several nodes
 * may start at once: each year is added in its own transaction, and a node that finds it added by another
 * meanwhile moves on.
 */
@Component
class ScheduleSeeder implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ScheduleSeeder.class);

	private final YearScheduleRepository schedules;
	private final WorkingCalendar calendar;

	ScheduleSeeder(YearScheduleRepository schedules, WorkingCalendar calendar) {
		this.schedules = schedules;
		this.calendar = calendar;
	}

	@Override
	public void afterSingletonsInstantiated() {
		seed(HolidayDataFile.load());
	}

	/** Adds the years the database lacks; returns how many this node added. */
	int seed(List<YearSchedule> shipped) {
		int added = 0;
		for (YearSchedule schedule : shipped) {
			if (schedules.exists(schedule.year())) {
				continue;
			}
			try {
				calendar.addShipped(schedule);
				added++;
				log.info("Calendar {} loaded from {} ({})", schedule.year(), HolidayDataFile.RESOURCE,
						schedule.notice());
			}
			catch (DuplicateKeyException ex) {
				log.info("Calendar {} was loaded by another node meanwhile", schedule.year());
			}
		}
		return added;
	}
}
