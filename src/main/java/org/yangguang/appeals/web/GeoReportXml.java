package org.yangguang.appeals.web;

import java.util.List;
import java.util.Map;

/**
 * The XML form of GeoReport v2 answers: a root element holding one element per item, each field an element of its
 * own name (a list field repeats its singular element), text escaped, null fields empty.
 */
final class GeoReportXml {

	private GeoReportXml() {
	}

	static String write(String root, String item, List<Map<String, Object>> items) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
		for (Map<String, Object> i : items) {
			element(xml, item, i);
		}
		return xml.append("</").append(root).append(">\n").toString();
	}

	static String single(String root, Map<String, Object> fields) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
		element(xml, root, fields);
		return xml.append('\n').toString();
	}

	@SuppressWarnings("unchecked")
	private static void element(StringBuilder xml, String name, Object value) {
		xml.append('<').append(name).append('>');
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
				element(xml, e.getKey(), e.getValue());
			}
		}
		else if (value instanceof List<?> list) {
			String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name + "_item";
			for (Object o : list) {
				element(xml, singular, o);
			}
		}
		else if (value != null) {
			xml.append(escape(value.toString()));
		}
		xml.append("</").append(name).append('>');
	}

	static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
