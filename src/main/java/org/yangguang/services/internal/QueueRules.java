package org.yangguang.services.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.shared.RuleViolationException;

/**
 * The rules of the queue: the estimated wait (people ahead × today's average service time, 8 minutes before any
 * ticket is done), and the appointment slots — half hours in office hours (9:00–12:00, 14:00–17:30) on a working day
 * of the official calendar, from tomorrow up to {@value #BOOKING_DAYS} days ahead, each taking a limited number of
 * people.
 */
public final class QueueRules {

	public static final int DEFAULT_SERVICE_MINUTES = 8;
	public static final int BOOKING_DAYS = 14;
	static final List<LocalTime> SLOTS = slots();

	private QueueRules() {
	}

	/** Minutes to wait with {@code ahead} people before one, at {@code averageMinutes} each. */
	public static int estimate(int ahead, int averageMinutes) {
		return Math.max(0, ahead) * (averageMinutes > 0 ? averageMinutes : DEFAULT_SERVICE_MINUTES);
	}

	/** The average of today's service times in whole minutes (rounded up), or the default when there are none. */
	public static int average(List<Duration> served) {
		if (served.isEmpty()) {
			return DEFAULT_SERVICE_MINUTES;
		}
		long seconds = served.stream().mapToLong(Duration::toSeconds).sum() / served.size();
		return (int) Math.max(1, (seconds + 59) / 60);
	}

	/** Checks an appointment's day and slot; {@code booked} is how many already hold that slot. */
	public static void checkAppointment(LocalDate day, LocalTime slot, LocalDate today, WorkingDayCalendar calendar,
			int booked, int capacity) {
		if (day == null || slot == null) {
			throw RuleViolationException.onField("date", "services.error.slotRequired");
		}
		if (!day.isAfter(today) || day.isAfter(today.plusDays(BOOKING_DAYS))) {
			throw RuleViolationException.onField("date", "services.error.slotRange", BOOKING_DAYS);
		}
		if (!calendar.isWorkingDay(day)) {
			throw RuleViolationException.onField("date", "services.error.slotNotWorkingDay", day.toString());
		}
		if (!SLOTS.contains(slot)) {
			throw RuleViolationException.onField("slot", "services.error.slotTime");
		}
		if (booked >= capacity) {
			throw RuleViolationException.onField("slot", "services.error.slotFull", day.toString(), slot.toString());
		}
	}

	public static List<LocalTime> slotTimes() {
		return SLOTS;
	}

	private static List<LocalTime> slots() {
		List<LocalTime> slots = new ArrayList<>();
		for (LocalTime t = LocalTime.of(9, 0); t.isBefore(LocalTime.of(12, 0)); t = t.plusMinutes(30)) {
			slots.add(t);
		}
		for (LocalTime t = LocalTime.of(14, 0); t.isBefore(LocalTime.of(17, 30)); t = t.plusMinutes(30)) {
			slots.add(t);
		}
		return List.copyOf(slots);
	}
}
