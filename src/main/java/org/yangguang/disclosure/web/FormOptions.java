package org.yangguang.disclosure.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.yangguang.disclosure.BulletinPeriod;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.Classification;
import org.yangguang.disclosure.ColumnFreshness;
import org.yangguang.disclosure.Genre;
import org.yangguang.disclosure.Keyed;
import org.yangguang.disclosure.PowerKind;
import org.yangguang.disclosure.Topic;
import org.yangguang.disclosure.WithholdingGround;

/** The option maps of the forms (value → message key, or display text for columns), in display order. */
final class FormOptions {

	private FormOptions() {
	}

	static Map<String, String> topics() {
		return options(List.of(Topic.values()), Topic::messageKey);
	}

	static Map<String, String> genres() {
		return options(List.of(Genre.values()), Genre::messageKey);
	}

	static Map<String, String> classifications() {
		return options(List.of(Classification.values()), Classification::messageKey);
	}

	static Map<String, String> grounds() {
		return options(List.of(WithholdingGround.values()), WithholdingGround::messageKey);
	}

	static Map<String, String> powerKinds(List<PowerKind> kinds) {
		return options(kinds, PowerKind::messageKey);
	}

	static Map<String, String> periods() {
		return options(List.of(BulletinPeriod.values()), BulletinPeriod::messageKey);
	}

	static Map<String, String> freshness() {
		return options(List.of(ColumnFreshness.values()), ColumnFreshness::messageKey);
	}

	/** The active top-level columns, by id: where the office may add a sub-column. */
	static Map<String, String> parentColumns(List<CatalogColumn> columns) {
		Map<String, String> m = new LinkedHashMap<>();
		columns.stream().filter(c -> !c.retired() && c.parentId() == null)
			.forEach(c -> m.put(String.valueOf(c.id()), c.name()));
		return m;
	}

	/** Active columns by name; a sub-column shows its group, e.g. "政策 › 政策文件". */
	static Map<String, String> columns(List<CatalogColumn> columns) {
		Map<Long, String> names = new java.util.HashMap<>();
		columns.forEach(c -> names.put(c.id(), c.name()));
		Map<String, String> m = new LinkedHashMap<>();
		for (CatalogColumn c : columns) {
			if (!c.retired()) {
				m.put(c.name(), c.parentId() == null ? c.name() : names.get(c.parentId()) + " › " + c.name());
			}
		}
		return m;
	}

	private static <E extends Keyed> Map<String, String> options(List<E> values, Function<E, String> messageKey) {
		Map<String, String> m = new LinkedHashMap<>();
		values.forEach(v -> m.put(v.key(), messageKey.apply(v)));
		return m;
	}
}
