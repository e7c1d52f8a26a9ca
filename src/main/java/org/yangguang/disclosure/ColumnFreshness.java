package org.yangguang.disclosure;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * How often a column must be updated (政府网站检查指标): news columns within 2 weeks, notices and policy columns
 * within 6 months; static columns (organisation functions, guide) have no period but must not be empty.
 */
public enum ColumnFreshness implements Keyed {
	/** 动态、要闻类栏目 — 2 weeks */
	NEWS(Period.ofWeeks(2)),
	/** 通知公告、政策文件类栏目 — 6 months */
	REGULAR(Period.ofMonths(6)),
	/** 基本信息类栏目 — no period */
	STATIC(null);

	private final Period period;

	ColumnFreshness(Period period) {
		this.period = period;
	}

	public Optional<Period> period() {
		return Optional.ofNullable(period);
	}

	/** The last day a column updated on {@code lastUpdate} is still fresh; empty for static columns. */
	public Optional<LocalDate> freshUntil(LocalDate lastUpdate) {
		return period().map(lastUpdate::plus);
	}

	public String messageKey() {
		return "disclosure.freshness." + key();
	}
}
