package org.yangguang.disclosure.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yangguang.disclosure.BulletinPeriod;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.Classification;
import org.yangguang.disclosure.Genre;
import org.yangguang.disclosure.PowerKind;
import org.yangguang.disclosure.Topic;
import org.yangguang.disclosure.WithholdingGround;

/** The option maps of the forms (value → message key, or display text for columns), in display order. */
final class FormOptions {

	private FormOptions() {
	}

	static Map<String, String> topics() {
		Map<String, String> m = new LinkedHashMap<>();
		for (Topic t : Topic.values()) {
			m.put(t.key(), t.messageKey());
		}
		return m;
	}

	static Map<String, String> genres() {
		Map<String, String> m = new LinkedHashMap<>();
		for (Genre g : Genre.values()) {
			m.put(g.key(), g.messageKey());
		}
		return m;
	}

	static Map<String, String> classifications() {
		Map<String, String> m = new LinkedHashMap<>();
		for (Classification c : Classification.values()) {
			m.put(c.key(), c.messageKey());
		}
		return m;
	}

	static Map<String, String> grounds() {
		Map<String, String> m = new LinkedHashMap<>();
		for (WithholdingGround g : WithholdingGround.values()) {
			m.put(g.key(), g.messageKey());
		}
		return m;
	}

	static Map<String, String> powerKinds(List<PowerKind> kinds) {
		Map<String, String> m = new LinkedHashMap<>();
		kinds.forEach(k -> m.put(k.key(), k.messageKey()));
		return m;
	}

	static Map<String, String> periods() {
		Map<String, String> m = new LinkedHashMap<>();
		for (BulletinPeriod p : BulletinPeriod.values()) {
			m.put(p.key(), p.messageKey());
		}
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
}
