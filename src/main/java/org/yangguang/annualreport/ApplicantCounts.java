package org.yangguang.annualreport;

import java.util.List;
import java.util.Map;

import org.yangguang.inforequest.ApplicantType;

/**
 * One row of table 三 by applicant (申请人情况): 自然人; 法人或其他组织 — 商业企业, 科研机构, 社会公益组织, 法律服务机构,
 * 其他; and 总计. The total is kept as given so that the checks can verify it against the six columns.
 */
public record ApplicantCounts(long naturalPerson, long commercial, long research, long publicInterest,
		long legalService, long otherOrg, long total) {

	/** The seven column keys in the order of the national format; the last is {@code total}. */
	public static final List<String> COLUMNS = List.of("naturalPerson", "commercial", "research", "publicInterest",
			"legalService", "otherOrg", "total");

	public static final ApplicantCounts ZERO = new ApplicantCounts(0, 0, 0, 0, 0, 0, 0);

	/** The counts of one row by applicant type (missing types count 0), with 总计 as their sum. */
	public static ApplicantCounts of(Map<ApplicantType, Long> byType) {
		if (byType == null) {
			return ZERO;
		}
		long[] v = new long[6];
		for (ApplicantType type : ApplicantType.values()) {
			Long n = byType.get(type);
			v[type.ordinal()] = n == null ? 0 : n;
		}
		return new ApplicantCounts(v[0], v[1], v[2], v[3], v[4], v[5], v[0] + v[1] + v[2] + v[3] + v[4] + v[5]);
	}

	/** The sum of the six applicant columns (what 总计 must equal). */
	public long sumOfApplicants() {
		return naturalPerson + commercial + research + publicInterest + legalService + otherOrg;
	}

	/** The value of a column by its key in {@link #COLUMNS}. */
	public long column(String key) {
		return switch (key) {
			case "naturalPerson" -> naturalPerson;
			case "commercial" -> commercial;
			case "research" -> research;
			case "publicInterest" -> publicInterest;
			case "legalService" -> legalService;
			case "otherOrg" -> otherOrg;
			case "total" -> total;
			default -> throw new IllegalArgumentException("unknown column " + key);
		};
	}

	/** The seven values in column order, for tables and spreadsheets. */
	public List<Long> values() {
		return List.of(naturalPerson, commercial, research, publicInterest, legalService, otherOrg, total);
	}

	/** Column by column sum, 总计 included. */
	public ApplicantCounts plus(ApplicantCounts o) {
		return new ApplicantCounts(naturalPerson + o.naturalPerson, commercial + o.commercial, research + o.research,
				publicInterest + o.publicInterest, legalService + o.legalService, otherOrg + o.otherOrg,
				total + o.total);
	}
}
