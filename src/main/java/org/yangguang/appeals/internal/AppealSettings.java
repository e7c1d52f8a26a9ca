package org.yangguang.appeals.internal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.yangguang.appeals.AppealType;

/**
 * The hotline's settings: handling days per type ({@code yangguang.appeals.days.complaint=5}; 5 working days unless
 * set, DOMAIN.md §4), the days a supervision order gives by default, and the thresholds of the rates shown on the
 * dashboard ({@code yangguang.appeals.thresholds.reply-rate=0.95} …).
 */
@ConfigurationProperties("yangguang.appeals")
public record AppealSettings(Map<String, Integer> days, @DefaultValue("5") int defaultDays,
		@DefaultValue("3") int supervisionDays, Map<String, Double> thresholds) {

	public AppealSettings {
		days = days == null ? Map.of() : Map.copyOf(days);
		thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
	}

	public int daysFor(AppealType type) {
		return days.getOrDefault(type.key(), defaultDays);
	}

	public double threshold(String rate, double otherwise) {
		return thresholds.getOrDefault(rate, otherwise);
	}
}
