package org.yangguang.annualreport.internal;

import java.util.EnumSet;
import java.util.Set;

import org.yangguang.identity.Role;
import org.yangguang.organisation.OrganisationKind;

/** Who may do what with an annual report, always within the organisation's data scope. */
public final class ReportRoles {

	/** Any staff member may read a report in scope: it holds statistics, no personal data. */
	public static final Role[] READERS = Role.STAFF.toArray(Role[]::new);

	/** The disclosure office writes the sections; a department's leader or clerk drafts its own. */
	public static final Role[] WRITERS = { Role.DISCLOSURE_OFFICE, Role.LEADER, Role.CLERK };

	/** Publication is signed off by the disclosure office or a leader. */
	public static final Role[] PUBLISHERS = { Role.DISCLOSURE_OFFICE, Role.LEADER };

	/** The organisations that publish a report of their own: governments, their departments and townships. */
	public static final Set<OrganisationKind> REPORTING_KINDS = EnumSet.of(OrganisationKind.GOVERNMENT,
			OrganisationKind.DEPARTMENT, OrganisationKind.TOWNSHIP);

	private ReportRoles() {
	}
}
