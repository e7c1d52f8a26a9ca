package org.yangguang.disclosure.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.disclosure.Genre;
import org.yangguang.disclosure.Keyed;
import org.yangguang.disclosure.Topic;
import org.yangguang.disclosure.Validity;
import org.yangguang.shared.SearchSource;
import org.yangguang.shared.Searchable;

/**
 * Feeds portal search with public documents (published or repealed), each as its current version: title, body
 * text, 文号, 索引号, column, topic, genre, validity and the text extracted from its attachments. Withdrawn and
 * unpublished documents are never handed over.
 */
@Component
@Transactional(readOnly = true)
class DocumentSearchSource implements SearchSource {

	private static final String SELECT = """
			SELECT d.id, d.index_no, d.organisation_id, d.status, v.id AS version_id, v.title, v.body_text, v.doc_no,
			  v.topic, v.genre, v.written_on, v.published_at, c.name AS column_name
			FROM disclosure_document d
			JOIN disclosure_version v ON v.document_id = d.id AND v.version_no = d.current_version
			JOIN disclosure_column c ON c.id = v.column_id
			WHERE d.status IN ('published', 'repealed')
			""";

	private final JdbcClient jdbc;
	private final Organisations organisations;

	DocumentSearchSource(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	@Override
	public String name() {
		return DocumentWorkflow.SEARCH_SOURCE;
	}

	@Override
	public Optional<Searchable> find(String id) {
		Long documentId = parse(id);
		if (documentId == null) {
			return Optional.empty();
		}
		List<Row> rows = jdbc.sql(SELECT + " AND d.id = ?").param(documentId).query(DocumentSearchSource::row).list();
		return rows.stream().findFirst().map(r -> toSearchable(r, names(), attachmentTexts(List.of(r.versionId()))));
	}

	@Override
	public List<Searchable> page(String afterId, int size) {
		Long after = afterId == null || afterId.isBlank() ? 0L : parse(afterId);
		List<Row> rows = jdbc.sql(SELECT + " AND d.id > ? ORDER BY d.id LIMIT ?")
			.params(after == null ? 0L : after, Math.max(1, size)).query(DocumentSearchSource::row).list();
		Map<Long, String> texts = attachmentTexts(rows.stream().map(Row::versionId).toList());
		Map<Long, Organisation> names = names();
		return rows.stream().map(r -> toSearchable(r, names, texts)).toList();
	}

	private Map<Long, Organisation> names() {
		return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
	}

	private Map<Long, String> attachmentTexts(List<Long> versionIds) {
		if (versionIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, StringBuilder> texts = new java.util.HashMap<>();
		jdbc.sql("SELECT version_id, extracted_text FROM disclosure_attachment WHERE version_id IN (:ids)"
				+ " AND extracted_text IS NOT NULL ORDER BY version_id, sort_order, id").param("ids", versionIds)
			.query((java.sql.ResultSet rs) -> {
				texts.computeIfAbsent(rs.getLong("version_id"), k -> new StringBuilder())
					.append(rs.getString("extracted_text")).append('\n');
			});
		return texts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString()));
	}

	private static Searchable toSearchable(Row r, Map<Long, Organisation> organisations, Map<Long, String> texts) {
		Organisation org = organisations.get(r.organisationId());
		return new Searchable(DocumentWorkflow.SEARCH_SOURCE, String.valueOf(r.id()), r.title(), r.bodyText(),
				r.docNo(), r.indexNo(), r.organisationId(), org == null ? "" : org.name(), r.columnName(),
				r.topic().label(), r.genre().label(),
				"repealed".equals(r.status()) ? Validity.REPEALED.key() : Validity.IN_FORCE.key(), r.writtenOn(),
				r.publishedAt(), texts.getOrDefault(r.versionId(), ""), "/disclosure/documents/" + r.id());
	}

	private static Long parse(String id) {
		try {
			return Long.parseLong(id.strip());
		}
		catch (NumberFormatException | NullPointerException e) {
			return null;
		}
	}

	private record Row(long id, String indexNo, long organisationId, String status, long versionId, String title,
			String bodyText, String docNo, Topic topic, Genre genre, java.time.LocalDate writtenOn,
			java.time.Instant publishedAt, String columnName) {
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getString("index_no"), rs.getLong("organisation_id"), rs.getString("status"),
				rs.getLong("version_id"), rs.getString("title"), rs.getString("body_text"), rs.getString("doc_no"),
				Keyed.parse(Topic.class, rs.getString("topic")).orElse(Topic.OTHER),
				Keyed.parse(Genre.class, rs.getString("genre")).orElse(Genre.OTHER_DOCUMENT), Rows.date(rs, "written_on"),
				Rows.instant(rs, "published_at"), rs.getString("column_name"));
	}
}
