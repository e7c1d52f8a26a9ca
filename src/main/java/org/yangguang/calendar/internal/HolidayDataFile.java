package org.yangguang.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.yangguang.calendar.YearSchedule;

import tools.jackson.databind.json.JsonMapper;

/**
 * The official schedules shipped with the code ({@value #RESOURCE}): per year the notice's reference, its
 * days-off periods (each from–to, weekend days inside included) and its adjusted working days.
 */
public final class HolidayDataFile {

	public static final String RESOURCE = "calendar/cn-holidays.json";

	private HolidayDataFile() {
	}

	/** Reads and validates the shipped file; a mistake in it is a programming error. */
	public static List<YearSchedule> load() {
		try (InputStream in = HolidayDataFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + RESOURCE);
			}
			return parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<YearSchedule> parse(InputStream in) {
		DataFile file = JsonMapper.builder().build().readValue(in, DataFile.class);
		return file.years().stream().map(YearEntry::schedule).toList();
	}

	record DataFile(String description, List<YearEntry> years) {
	}

	record YearEntry(int year, String notice, List<Period> periods, List<LocalDate> workdays) {

		YearSchedule schedule() {
			List<LocalDate> holidays = new ArrayList<>();
			for (Period period : periods) {
				period.from().datesUntil(period.to().plusDays(1)).forEach(holidays::add);
			}
			return YearSchedule.of(year, notice, holidays, workdays);
		}
	}

	/** 放假期间, e.g. 春节 2024-02-10 to 2024-02-17. */
	record Period(String name, LocalDate from, LocalDate to) {

		Period {
			if (to.isBefore(from)) {
				throw new IllegalArgumentException(name + ": " + to + " before " + from);
			}
		}
	}
}
