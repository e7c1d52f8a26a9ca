package org.yangguang.organisation;

/** What an administrator gives to create an organisation. {@code parentId} null creates a root government. */
public record NewOrganisation(String code, String name, OrganisationKind kind, Long parentId, String creditCode,
		Organisation.Contact contact, int sortOrder) {
}
