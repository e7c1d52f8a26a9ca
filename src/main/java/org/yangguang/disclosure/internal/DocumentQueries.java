package org.yangguang.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yangguang.disclosure.CatalogFilter;
import org.yangguang.disclosure.DocumentStatus;
import org.yangguang.disclosure.DocumentSummary;
import org.yangguang.disclosure.Genre;
import org.yangguang.disclosure.Keyed;
import org.yangguang.disclosure.ResultPage;
import org.yangguang.disclosure.SitemapEntry;
import org.yangguang.disclosure.Topic;
import org.yangguang.disclosure.Validity;
import org.yangguang.disclosure.VersionState;
import org.yangguang.disclosure.PreparedVersion;
import org.yangguang.disclosure.PublishedVersion;

/**
 * Reads for lists, each in one query: the public catalog (current versions of public documents, newest first),
 * counts per column, interpretations, and the staff's lists of versions in preparation.
 */
@Repository
public class DocumentQueries {

	private static final String SUMMARY = """
			SELECT d.id, d.index_no, d.organisation_id, d.status, d.current_version, v.title, v.doc_no, v.column_id,
			  c.name AS column_name, v.topic, v.genre, v.written_on, v.published_on, v.published_at, v.summary
			FROM disclosure_document d
			JOIN disclosure_version v ON v.document_id = d.id AND v.version_no = d.current_version
			JOIN disclosure_column c ON c.id = v.column_id
			""";

	private final JdbcClient jdbc;
	private final ZoneId zone;

	DocumentQueries(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	/**
	 * Public documents matching the filter, newest publication first. Organisation, column and validity filter and
	 * the order use the document table's own columns and indexes; topic, genre and column name need the version.
	 */
	public ResultPage<DocumentSummary> published(CatalogFilter filter, int page, int size) {
		if (filter.organisationIds() != null && filter.organisationIds().isEmpty()) {
			return new ResultPage<>(List.of(), page, size, 0);
		}
		StringBuilder where = new StringBuilder("WHERE d.status IN ('published', 'repealed')");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (filter.organisationIds() != null) {
			where.append(" AND d.organisation_id IN (:orgs)");
			params.put("orgs", filter.organisationIds());
		}
		add(filter.columnId(), " AND d.current_column_id = :column", "column", where, params);
		if (filter.validity() == Validity.REPEALED) {
			where.append(" AND d.status = 'repealed'");
		}
		else if (filter.validity() == Validity.IN_FORCE) {
			where.append(" AND d.status = 'published'");
		}
		if (filter.year() != null) {
			where.append(" AND d.current_published_at >= :from AND d.current_published_at < :to");
			params.put("from", LocalDate.of(filter.year(), 1, 1).atStartOfDay(zone).toOffsetDateTime());
			params.put("to", LocalDate.of(filter.year() + 1, 1, 1).atStartOfDay(zone).toOffsetDateTime());
		}
		boolean needsVersion = filter.topic() != null || filter.genre() != null || filter.columnName() != null;
		add(filter.columnName(), " AND c.name = :columnName", "columnName", where, params);
		add(filter.topic() == null ? null : filter.topic().key(), " AND v.topic = :topic", "topic", where, params);
		add(filter.genre() == null ? null : filter.genre().key(), " AND v.genre = :genre", "genre", where, params);
		String from = needsVersion ? "FROM disclosure_document d JOIN disclosure_version v ON v.document_id = d.id"
				+ " AND v.version_no = d.current_version JOIN disclosure_column c ON c.id = v.column_id "
				: "FROM disclosure_document d ";
		long total = jdbc.sql("SELECT COUNT(*) " + from + where).params(params).query(Long.class).single();
		List<DocumentSummary> items = jdbc
			.sql(SUMMARY + where + " ORDER BY d.current_published_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
			.params(params).param("limit", size).param("offset", (long) page * size)
			.query(DocumentQueries::summary).list();
		return new ResultPage<>(items, page, size, total);
	}

	/** Public documents in any of the columns (a column and its sub-columns), newest first. */
	public ResultPage<DocumentSummary> publishedInColumns(Collection<Long> columnIds, int page, int size) {
		if (columnIds.isEmpty()) {
			return new ResultPage<>(List.of(), page, size, 0);
		}
		String where = " WHERE d.status IN ('published', 'repealed') AND d.current_column_id IN (:columns)";
		long total = jdbc.sql("SELECT COUNT(*) FROM disclosure_document d" + where).param("columns", columnIds)
			.query(Long.class).single();
		List<DocumentSummary> items = jdbc
			.sql(SUMMARY + where + " ORDER BY d.current_published_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
			.param("columns", columnIds).param("limit", size).param("offset", (long) page * size)
			.query(DocumentQueries::summary).list();
		return new ResultPage<>(items, page, size, total);
	}

	private static void add(Object value, String clause, String name, StringBuilder where, Map<String, Object> params) {
		if (value != null) {
			where.append(clause);
			params.put(name, value);
		}
	}

	/** Public documents per column of the organisations, for the catalog tree. */
	public Map<Long, Long> publicCountsByColumn(Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> counts = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT d.current_column_id, COUNT(*) AS n FROM disclosure_document d
				WHERE d.status IN ('published', 'repealed') AND d.organisation_id IN (:orgs)
				GROUP BY d.current_column_id""")
			.param("orgs", organisationIds)
			.query((ResultSet rs) -> {
				counts.put(rs.getLong("current_column_id"), rs.getLong("n"));
			});
		return counts;
	}

	/** Per column: the last publication (of any version) and the number of public documents. */
	public Map<Long, ColumnActivity> columnActivity(Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, ColumnActivity> activity = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT v.column_id, MAX(v.published_on) AS last_on,
				  SUM(CASE WHEN v.version_no = d.current_version AND d.status IN ('published', 'repealed')
				    THEN 1 ELSE 0 END) AS public_count
				FROM disclosure_version v JOIN disclosure_document d ON d.id = v.document_id
				WHERE d.organisation_id IN (:orgs) AND v.published_on IS NOT NULL AND d.status <> 'withdrawn'
				GROUP BY v.column_id""")
			.param("orgs", organisationIds)
			.query((ResultSet rs) -> {
				activity.put(rs.getLong("column_id"),
						new ColumnActivity(Rows.date(rs, "last_on"), rs.getLong("public_count")));
			});
		return activity;
	}

	/** When a column was last updated and how many public documents it holds. */
	public record ColumnActivity(LocalDate lastPublishedOn, long publicDocuments) {
	}

	/** Public interpretations (政策解读) of a document. */
	public List<DocumentSummary> interpretationsOf(long documentId) {
		return jdbc.sql(SUMMARY + "WHERE v.interprets_id = ? AND d.status IN ('published', 'repealed')"
				+ " ORDER BY d.current_published_at DESC").param(documentId).query(DocumentQueries::summary).list();
	}

	/** A public document by id, as a summary. */
	public Optional<DocumentSummary> publicSummary(long documentId) {
		return jdbc.sql(SUMMARY + "WHERE d.id = ? AND d.status IN ('published', 'repealed')").param(documentId)
			.query(DocumentQueries::summary).optional();
	}

	/** Summaries of public documents by ids (for search results and links), in one query. */
	public List<DocumentSummary> publicSummaries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SUMMARY + "WHERE d.id IN (:ids) AND d.status IN ('published', 'repealed')")
			.param("ids", ids).query(DocumentQueries::summary).list();
	}

	/** Public documents for the sitemap: id and last change, newest first, at most {@code limit}. */
	public void eachPublic(int limit, Consumer<SitemapEntry> consumer) {
		jdbc.sql("""
				SELECT d.id, v.published_at FROM disclosure_document d
				JOIN disclosure_version v ON v.document_id = d.id AND v.version_no = d.current_version
				WHERE d.status IN ('published', 'repealed') ORDER BY d.current_published_at DESC, d.id DESC LIMIT ?""")
			.param(limit)
			.query((ResultSet rs) -> {
				consumer.accept(new SitemapEntry(rs.getLong("id"),
						Rows.instant(rs, "published_at").atZone(zone).toLocalDate()));
			});
	}

	/** Versions in preparation (draft to reviewed) of documents in the organisations, oldest formed first. */
	public List<PreparedVersion> inPreparation(Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT d.id, d.organisation_id, d.current_version, v.version_no, v.state, v.title, v.formed_on,
				  v.author_id, v.author_name, v.updated_at, v.column_id, c.name AS column_name
				FROM disclosure_document d
				JOIN disclosure_version v ON v.document_id = d.id AND v.version_no = d.working_version
				JOIN disclosure_column c ON c.id = v.column_id
				WHERE d.organisation_id IN (:orgs) AND v.state IN ('draft', 'submitted', 'returned', 'reviewed')
				ORDER BY v.formed_on, d.id""")
			.param("orgs", organisationIds)
			.query((rs, n) -> new PreparedVersion(rs.getLong("id"), rs.getLong("organisation_id"),
					rs.getInt("version_no"), Rows.nullableInt(rs, "current_version") != null,
					Keyed.parse(VersionState.class, rs.getString("state")).orElseThrow(), rs.getString("title"),
					Rows.date(rs, "formed_on"), Rows.nullableLong(rs, "author_id"), rs.getString("author_name"),
					Rows.instant(rs, "updated_at"), rs.getString("column_name")))
			.list();
	}


	/** Published versions of the organisations in a period, with their timeliness, newest first. */
	public List<PublishedVersion> publishedBetween(Collection<Long> organisationIds, LocalDate from, LocalDate to) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT d.id, d.organisation_id, d.index_no, v.version_no, v.title, v.formed_on, v.published_on,
				  v.publication_deadline, v.published_late
				FROM disclosure_document d JOIN disclosure_version v ON v.document_id = d.id
				WHERE d.organisation_id IN (:orgs) AND v.published_on BETWEEN :from AND :to
				ORDER BY v.published_on DESC, d.id DESC""")
			.param("orgs", organisationIds).param("from", from).param("to", to)
			.query((rs, n) -> new PublishedVersion(rs.getLong("id"), rs.getLong("organisation_id"),
					rs.getString("index_no"), rs.getInt("version_no"), rs.getString("title"), Rows.date(rs, "formed_on"),
					Rows.date(rs, "published_on"), Rows.date(rs, "publication_deadline"),
					Boolean.TRUE.equals(Rows.nullableBoolean(rs, "published_late"))))
			.list();
	}


	static DocumentSummary summary(ResultSet rs, int row) throws SQLException {
		return new DocumentSummary(rs.getLong("id"), rs.getString("index_no"), rs.getString("title"),
				rs.getString("doc_no"), rs.getLong("organisation_id"), rs.getLong("column_id"),
				rs.getString("column_name"), Keyed.parse(Topic.class, rs.getString("topic")).orElse(Topic.OTHER),
				Keyed.parse(Genre.class, rs.getString("genre")).orElse(Genre.OTHER_DOCUMENT),
				Rows.date(rs, "written_on"), Rows.date(rs, "published_on"), Rows.instant(rs, "published_at"),
				Keyed.parse(DocumentStatus.class, rs.getString("status")).orElseThrow(), rs.getInt("current_version"),
				rs.getString("summary"));
	}
}
