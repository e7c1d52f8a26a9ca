package org.yangguang.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 暂停计时（中止） — the clock of a time limit stopped, e.g. while the applicant corrects the application,
 * a third party gives its opinion, or a hearing or expert review takes place.
 * <p>
 * A pause on date X resumed on date Y removes from the count the working days strictly after X up to and
 * including Y, the interval {@code (X, Y]}: the day of the pause still counts (the case was handled that day),
 * counting resumes the day after the resumption. Resuming on the day of the pause removes nothing.
 *
 * @param pausedOn  the day the clock stopped
 * @param resumedOn the day the clock was restarted; null while the pause lasts
 * @param reason    why, as given by the clerk; may be null
 */
public record Pause(LocalDate pausedOn, LocalDate resumedOn, String reason) {

	public Pause {
		Objects.requireNonNull(pausedOn, "pausedOn");
		if (resumedOn != null && resumedOn.isBefore(pausedOn)) {
			throw new IllegalArgumentException("resumed " + resumedOn + " before paused " + pausedOn);
		}
	}

	public boolean open() {
		return resumedOn == null;
	}

	/** Whether {@code day} is not counted because of this pause. */
	public boolean covers(LocalDate day) {
		return day.isAfter(pausedOn) && (resumedOn == null || !day.isAfter(resumedOn));
	}

	Pause resumedOn(LocalDate day) {
		return new Pause(pausedOn, day, reason);
	}
}
