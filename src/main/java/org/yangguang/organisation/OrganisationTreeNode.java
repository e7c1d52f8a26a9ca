package org.yangguang.organisation;

import java.util.List;

/**
 * One node of an organisation tree to import, in the format of the national division codes file
 * ({@code code}, {@code name}, {@code level} or {@code kind}, {@code children}).
 */
public record OrganisationTreeNode(String code, String name, String level, String kind, String creditCode,
		String address, String phone, String officeHours, List<OrganisationTreeNode> children) {

	/** {@code kind} if given, else mapped from the division level: county/city → government. */
	public OrganisationKind resolvedKind() {
		if (kind != null && !kind.isBlank()) {
			return OrganisationKind.fromKey(kind);
		}
		return switch (level == null ? "" : level.trim().toLowerCase(java.util.Locale.ROOT)) {
			case "county", "city", "province", "government" -> OrganisationKind.GOVERNMENT;
			case "township", "street", "town" -> OrganisationKind.TOWNSHIP;
			case "village", "community" -> OrganisationKind.VILLAGE;
			default -> OrganisationKind.DEPARTMENT;
		};
	}

	public List<OrganisationTreeNode> childrenOrEmpty() {
		return children == null ? List.of() : children;
	}
}
