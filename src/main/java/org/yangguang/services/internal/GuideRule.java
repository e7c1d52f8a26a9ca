package org.yangguang.services.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.yangguang.services.ItemKind;
import org.yangguang.services.ServiceGuide;
import org.yangguang.shared.RuleViolationException;

/**
 * What a guide must say before it is published (DOMAIN.md §5): a code and a name, a type and a competent department;
 * a promised item promises at least one working day and no more than the statutory limit, and its step budgets add up
 * to the promise; an instant item promises nothing beyond the day; materials have distinct ids and names; a joint
 * approval names each department once and fits in the promise.
 */
public final class GuideRule {

	static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{1,39}");
	static final int MAX_DAYS = 1000;

	private GuideRule() {
	}

	public static void check(ServiceGuide g) {
		if (g.code() == null || !CODE.matcher(g.code()).matches()) {
			throw RuleViolationException.onField("code", "services.error.code");
		}
		require("name", g.name());
		require("department", g.department());
		if (g.type() == null) {
			throw RuleViolationException.onField("type", "services.error.required", "type");
		}
		if (g.kind() == null) {
			throw RuleViolationException.onField("kind", "services.error.required", "kind");
		}
		if (g.statutoryDays() < 1 || g.statutoryDays() > MAX_DAYS) {
			throw RuleViolationException.onField("statutoryDays", "services.error.statutoryDays", MAX_DAYS);
		}
		if (g.kind() == ItemKind.INSTANT && g.promisedDays() != 0) {
			throw RuleViolationException.onField("promisedDays", "services.error.instantPromise");
		}
		if (g.kind() == ItemKind.PROMISED) {
			if (g.promisedDays() < 1 || g.promisedDays() > g.statutoryDays()) {
				throw RuleViolationException.onField("promisedDays", "services.error.promisedDays", g.statutoryDays());
			}
			if (g.steps() != null && g.steps().total() != g.promisedDays()) {
				throw RuleViolationException.onField("steps", "services.error.steps", g.steps().total(),
						g.promisedDays());
			}
		}
		Set<Integer> ids = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (ServiceGuide.Material m : g.materials()) {
			require("materials", m.name());
			if (m.id() < 1 || !ids.add(m.id()) || !names.add(m.name().strip())) {
				throw RuleViolationException.onField("materials", "services.error.materialDuplicate", m.name());
			}
		}
		Set<String> departments = new HashSet<>();
		for (ServiceGuide.JointTask t : g.jointTasks()) {
			if (t.department() == null || !departments.add(t.department()) || t.days() < 1
					|| t.days() > Math.max(1, g.promisedDays())) {
				throw RuleViolationException.onField("jointTasks", "services.error.jointTask", t.department(),
						g.promisedDays());
			}
		}
	}

	private static void require(String field, String value) {
		if (value == null || value.isBlank()) {
			throw RuleViolationException.onField(field, "services.error.required", field);
		}
	}
}
