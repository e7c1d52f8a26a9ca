package org.yangguang.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.yangguang.calendar.TimeLimit;

/** The public deadline calculator: day of receipt and number of working days. */
record DeadlineForm(@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate start,
		@NotNull @Min(1) @Max(TimeLimit.MAX_WORKING_DAYS) Integer workingDays) {
}
