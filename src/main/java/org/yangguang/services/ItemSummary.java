package org.yangguang.services;

/** An item as the catalog lists it (current version). */
public record ItemSummary(String code, String name, ItemType type, String departmentCode, String departmentName,
		ItemKind kind, int statutoryDays, int promisedDays, String parentCode, int version) {
}
