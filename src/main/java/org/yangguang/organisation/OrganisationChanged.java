package org.yangguang.organisation;

/** Published after an organisation was created, renamed, moved, retired or its contact details changed. */
public record OrganisationChanged(long organisationId, OrganisationChange change) {
}
