package org.yangguang.annualreport.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored sections and publications of annual reports, one row per organisation and year. */
@Repository
public class AnnualReportRepository {

	private static final String COLUMNS = "id, organisation_id, report_year, overview, problems, other_matters, "
			+ "version, updated_at, updated_by, published_at, published_on, published_by, document_id, "
			+ "published_late, edition, published_json, correction_reason";

	private final JdbcClient jdbc;

	AnnualReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StoredReport> find(long organisationId, int year) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM annual_report WHERE organisation_id = ? AND report_year = ?")
			.params(organisationId, year).query(AnnualReportRepository::row).optional();
	}

	/** The stored reports of a year for the given organisations, in one query. */
	public List<StoredReport> findForYear(int year, Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM annual_report WHERE report_year = :year "
				+ "AND organisation_id IN (:ids)")
			.param("year", year).param("ids", organisationIds).query(AnnualReportRepository::row).list();
	}

	/** Published reports, newest year first, optionally of one year. */
	public List<StoredReport> findPublished(Integer year) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM annual_report WHERE published_at IS NOT NULL"
				+ (year == null ? "" : " AND report_year = :year") + " ORDER BY report_year DESC, published_at DESC")
			.params(year == null ? java.util.Map.of() : java.util.Map.of("year", year))
			.query(AnnualReportRepository::row).list();
	}

	/**
	 * Reads the row for update, creating an empty one first if there is none, so that concurrent saves and
	 * publications of the same report queue behind each other.
	 */
	public StoredReport lock(long organisationId, int year) {
		jdbc.sql("INSERT INTO annual_report (organisation_id, report_year, overview, problems, other_matters, version"
				+ ", edition) VALUES (?, ?, '', '', '', 0, 0) ON CONFLICT DO NOTHING")
			.params(organisationId, year).update();
		return jdbc.sql("SELECT " + COLUMNS + " FROM annual_report WHERE organisation_id = ? AND report_year = ? "
				+ "FOR UPDATE")
			.params(organisationId, year).query(AnnualReportRepository::row).single();
	}

	public void saveSections(long id, String overview, String problems, String otherMatters, String by, Instant at) {
		jdbc.sql("UPDATE annual_report SET overview = ?, problems = ?, other_matters = ?, version = version + 1, "
				+ "updated_by = ?, updated_at = ? WHERE id = ?")
			.params(overview, problems, otherMatters, by, at.atOffset(ZoneOffset.UTC), id).update();
	}

	/** Records a publication as the next edition and ends a correction under way. */
	public void markPublished(long id, Instant at, LocalDate on, String by, long documentId, boolean late,
			String publishedJson) {
		jdbc.sql("UPDATE annual_report SET published_at = ?, published_on = ?, published_by = ?, document_id = ?, "
				+ "published_late = ?, edition = edition + 1, published_json = ?, correction_reason = NULL "
				+ "WHERE id = ?")
			.params(at.atOffset(ZoneOffset.UTC), on, by, documentId, late, publishedJson, id).update();
	}

	/** Opens a published report for correction; the published edition stays as it is. */
	public void reopen(long id, String reason) {
		jdbc.sql("UPDATE annual_report SET correction_reason = ? WHERE id = ?").params(reason, id).update();
	}

	private static StoredReport row(ResultSet rs, int n) throws SQLException {
		return new StoredReport(rs.getLong("id"), rs.getLong("organisation_id"), rs.getInt("report_year"),
				rs.getString("overview"), rs.getString("problems"), rs.getString("other_matters"),
				rs.getInt("version"), instant(rs, "updated_at"), rs.getString("updated_by"),
				instant(rs, "published_at"), rs.getObject("published_on", LocalDate.class),
				rs.getString("published_by"), rs.getObject("document_id", Long.class),
				rs.getBoolean("published_late"), rs.getInt("edition"), rs.getString("published_json"),
				rs.getString("correction_reason"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
