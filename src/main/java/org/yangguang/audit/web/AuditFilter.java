package org.yangguang.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.yangguang.audit.AuditQuery;
import org.yangguang.shared.RuleViolationException;

/**
 * The filters as typed in the form or the query string. {@code from} and {@code to} are dates ({@code 2026-05-01},
 * whole days in the platform's time zone, both inclusive) or instants with an offset
 * ({@code 2026-05-01T08:00:00Z}); they stay text because either form is accepted. An unreadable one is refused
 * on its field ({@code from} or {@code to}).
 */
public record AuditFilter(String actor, String action, String subjectType, String subjectId, String from, String to) {

	public AuditQuery toQuery(ZoneId zone) {
		return new AuditQuery(actor, action, subjectType, subjectId, start(from, zone), end(to, zone));
	}

	/** The filters that are set, to carry them into pagination links. */
	public MultiValueMap<String, String> queryParams() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		put(params, "actor", actor);
		put(params, "action", action);
		put(params, "subjectType", subjectType);
		put(params, "subjectId", subjectId);
		put(params, "from", from);
		put(params, "to", to);
		return params;
	}

	private static void put(MultiValueMap<String, String> params, String name, String value) {
		if (value != null && !value.isBlank()) {
			params.add(name, value.strip());
		}
	}

	private static Instant start(String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return isDate(value) ? parseDate("from", value).atStartOfDay(zone).toInstant() : parseInstant("from", value);
	}

	private static Instant end(String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return isDate(value) ? parseDate("to", value).plusDays(1).atStartOfDay(zone).toInstant()
				: parseInstant("to", value);
	}

	private static boolean isDate(String value) {
		return value.strip().length() == 10;
	}

	private static LocalDate parseDate(String field, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw RuleViolationException.onField(field, "audit.filter.invalid-time", value);
		}
	}

	private static Instant parseInstant(String field, String value) {
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException e) {
			throw RuleViolationException.onField(field, "audit.filter.invalid-time", value);
		}
	}
}
