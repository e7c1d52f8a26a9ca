package org.yangguang.consultation;

import java.util.List;

/**
 * Figures for oversight over a year: consultations published (held), comments received (moderated ones apart),
 * the adoption rate (adopted and partly adopted per hundred decided), and adoption reports published on time, late,
 * and overdue (not published, past their due date); by organisation.
 */
public record ConsultationStatistics(int year, String org, int consultations, int comments, int adopted, int partly,
		int rejected, Double adoptionRate, int reportsOnTime, int reportsLate, int reportsOverdue,
		List<ByOrganisation> organisations) {

	public record ByOrganisation(String org, String orgName, int consultations, int comments, Double adoptionRate,
			int reportsOnTime, int reportsLate, int reportsOverdue) {
	}
}
