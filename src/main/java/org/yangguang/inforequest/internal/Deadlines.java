package org.yangguang.inforequest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.yangguang.calendar.TimeLimitState;
import org.yangguang.calendar.TimeLimitStatus;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.inforequest.DeadlineView;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.inforequest.RequestStatus;

/**
 * Which deadline matters now, and where it stands: computed from the stored dates in lists (no query per row) and
 * from the calendar module's time limits, with their explanation, on a case page.
 */
public final class Deadlines {

	private Deadlines() {
	}

	/** For a list row: the reply deadline while it runs, else the end of the period the request waits for. */
	public static DeadlineView forRow(RequestSnapshot s, WorkingDayCalendar calendar, LocalDate today,
			int dueSoonWithin) {
		if (!s.open()) {
			return new DeadlineView("reply", null, "none", null, false, null);
		}
		if (s.replyDueOn() != null) {
			int remaining = remaining(s.replyDueOn(), today, calendar);
			return new DeadlineView("reply", s.replyDueOn(), state(remaining, dueSoonWithin), remaining,
					calendar.isProvisional(s.replyDueOn()), null);
		}
		return new DeadlineView(waitingClock(s.status()), s.waitingDueOn(), "paused", null,
				s.waitingDueOn() != null && calendar.isProvisional(s.waitingDueOn()), null);
	}

	/** Working days after {@code today} up to {@code due}: 0 on the day itself, negative once it has passed. */
	public static int remaining(LocalDate due, LocalDate today, WorkingDayCalendar calendar) {
		if (due.isBefore(today)) {
			return -calendar.workingDaysBetween(due.plusDays(1), today).workingDays();
		}
		return due.equals(today) ? 0 : calendar.workingDaysBetween(today.plusDays(1), due).workingDays();
	}

	static String state(int remaining, int dueSoonWithin) {
		return remaining < 0 ? "overdue" : remaining <= dueSoonWithin ? "due_soon" : "on_time";
	}

	static String waitingClock(RequestStatus status) {
		return switch (status) {
			case AWAITING_CORRECTION -> "correction";
			case CONSULTING_THIRD_PARTY -> "thirdParty";
			case AWAITING_FEE -> "fee";
			default -> "reply";
		};
	}

	/**
	 * The deadline that matters now on a case page, with its explanation; for a replied request the reply deadline,
	 * judged on the day of the reply (met or missed).
	 */
	public static DeadlineView current(RequestSnapshot s, List<TimelineClock> clocks) {
		if (s.status() == RequestStatus.CLOSED || s.status() == RequestStatus.WITHDRAWN) {
			return null; // finished without a reply: no deadline to meet any more
		}
		ClockKind kind = switch (s.status()) {
			case AWAITING_CORRECTION -> ClockKind.CORRECTION;
			case CONSULTING_THIRD_PARTY -> ClockKind.THIRD_PARTY;
			case AWAITING_FEE -> ClockKind.FEE;
			default -> ClockKind.REPLY;
		};
		return latest(clocks, kind).map(c -> view(kind, c.status(), s.open())).orElse(null);
	}

	/** The reply deadline when another one matters now (it is paused or restarts later); else null. */
	public static DeadlineView replyAside(RequestSnapshot s, List<TimelineClock> clocks) {
		if (!s.open() || s.status() == RequestStatus.IN_PROGRESS || s.status() == RequestStatus.REGISTERED
				|| s.status() == RequestStatus.AWAITING_CORRECTION) {
			return null;
		}
		return latest(clocks, ClockKind.REPLY).map(c -> view(ClockKind.REPLY, c.status(), true)).orElse(null);
	}

	private static Optional<TimelineClock> latest(List<TimelineClock> clocks, ClockKind kind) {
		return clocks.stream().filter(c -> c.kind() == kind).reduce((a, b) -> b);
	}

	private static DeadlineView view(ClockKind kind, TimeLimitStatus status, boolean open) {
		String clock = switch (kind) {
			case REPLY -> "reply";
			case CORRECTION -> "correction";
			case THIRD_PARTY -> "thirdParty";
			case FEE -> "fee";
		};
		String state;
		Integer remaining = status.remainingWorkingDays();
		if (status.closed() || !open) {
			state = status.state() == TimeLimitState.OVERDUE ? "missed" : "met";
			remaining = null;
		}
		else {
			state = switch (status.state()) {
				case ON_TIME -> "on_time";
				case DUE_SOON -> "due_soon";
				case OVERDUE -> "overdue";
				case PAUSED -> "paused";
			};
			if (status.state() == TimeLimitState.PAUSED) {
				remaining = null;
			}
		}
		return new DeadlineView(clock, status.deadline(), state, remaining, status.provisional(),
				status.assessment().explanation());
	}

	/** A stored time limit of the request with its kind. */
	public record TimelineClock(ClockKind kind, TimeLimitStatus status) {

		public static List<TimelineClock> of(List<TimeLimitStatus> statuses) {
			return statuses.stream().filter(s -> ClockKind.ofKey(s.kind()) != null)
				.map(s -> new TimelineClock(ClockKind.ofKey(s.kind()), s)).toList();
		}
	}
}
