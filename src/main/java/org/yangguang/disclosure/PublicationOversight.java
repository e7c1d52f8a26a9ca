package org.yangguang.disclosure;

import org.springframework.stereotype.Service;
import org.yangguang.disclosure.internal.OversightReports;
import org.yangguang.identity.Identity;

/**
 * What the disclosure office watches (and every reviewer for their scope, the current user's organisation and
 * everything under it): publication timeliness (公开时效) and column freshness (栏目更新情况).
 */
@Service
public class PublicationOversight {

	private final OversightReports reports;
	private final Identity identity;

	PublicationOversight(OversightReports reports, Identity identity) {
		this.reports = reports;
		this.identity = identity;
	}

	/** Versions at risk or overdue now, and the late publications of a year (this year when null). */
	public TimelinessReport timeliness(Integer year) {
		return reports.timeliness(identity.requireUser(), year);
	}

	/** Totals per organisation in scope, and the columns of the one with this code (403 when out of scope). */
	public FreshnessOverview freshness(String organisationCode) {
		return reports.freshness(identity.requireUser(), organisationCode);
	}
}
