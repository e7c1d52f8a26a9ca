package org.yangguang.search.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.yangguang.search.CorpusPiece;
import org.yangguang.search.SearchQuery;
import org.yangguang.search.SearchResults;
import org.yangguang.shared.Searchable;

/**
 * An index in a temporary directory, written and searched through the same classes as the application's, without
 * Spring or a database. Four organisations: the county, its education bureau, 龙溪镇 and one of its villages.
 */
final class TestIndex implements AutoCloseable {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final OrganisationRef COUNTY = new OrganisationRef(1, "520329", List.of(1L));
	static final OrganisationRef EDUCATION = new OrganisationRef(2, "520329-JYJ", List.of(1L, 2L));
	static final OrganisationRef LONGXI = new OrganisationRef(3, "520329102", List.of(1L, 3L));
	static final OrganisationRef VILLAGE = new OrganisationRef(4, "520329102001", List.of(1L, 3L, 4L));

	private static final Map<Long, OrganisationRef> ORGANISATIONS = Map.of(1L, COUNTY, 2L, EDUCATION, 3L, LONGXI,
			4L, VILLAGE);
	private static final Map<Long, String> NAMES = Map.of(1L, "余庆县人民政府", 2L, "余庆县教育局", 3L, "龙溪镇人民政府",
			4L, "红军社区居民委员会");

	final LuceneIndex index = LuceneIndex.temporary(GovernmentTerms.shipped());
	final IndexQueries queries = new IndexQueries(index, GovernmentTerms.shipped());
	private long position;

	/** The index holding the corpus pieces of {@link #corpus()}. */
	static TestIndex withCorpus() {
		TestIndex index = new TestIndex();
		index.put(corpus().toArray(Searchable[]::new));
		return index;
	}

	/**
	 * The corpus as published documents: ids 1–9, spread over the four organisations, several columns, topics,
	 * genres, validities and the years 2022–2025. Item 9 was published at 01:30 on 1 January 2025 Beijing time
	 * (still 2024 in UTC); item 4 has an attachment.
	 */
	static List<Searchable> corpus() {
		return List.of(
				item("1", CorpusPiece.MEETING_MINUTES, EDUCATION, "会议纪要", "综合政务", "纪要", "in_force",
						"2023-04-10T02:00:00Z", "余教纪〔2023〕1号", null, null),
				item("2", CorpusPiece.VILLAGE_FAMILY_PLANNING, VILLAGE, "村务公开", "人口与计划生育", "讲话", "in_force",
						"2024-03-05T02:00:00Z", null, null, null),
				item("3", CorpusPiece.TOWNSHIP_WORK_MEETING, LONGXI, "工作动态", "综合政务", "讲话", "in_force",
						"2024-01-15T02:00:00Z", "龙府发〔2024〕3号", null, null),
				item("4", CorpusPiece.POWER_IN_THE_OPEN, COUNTY, "政策文件", "综合政务", "意见", "in_force",
						"2024-06-20T02:00:00Z", "余府发〔2024〕12号", "11520329009467123X/2024-00012",
						"附件：政务服务好差评评价办法。评价结果按月公开。"),
				item("5", CorpusPiece.COUNTY_EXPERIENCE, COUNTY, "工作动态", "综合政务", "讲话", "amended",
						"2023-11-02T02:00:00Z", null, null, null),
				item("6", CorpusPiece.SERVICE_REFORM, COUNTY, "政策解读", "综合政务", "讲话", "in_force",
						"2025-02-18T02:00:00Z", null, null, null),
				item("7", CorpusPiece.CONSTRUCTION_REPORT, EDUCATION, "重大项目", "城乡建设", "报告", "in_force",
						"2024-07-01T02:00:00Z", null, null, null),
				item("8", CorpusPiece.SCHOOL_FAMILY_PLANNING, EDUCATION, "会议纪要", "人口与计划生育", "纪要", "repealed",
						"2022-09-09T02:00:00Z", null, null, null),
				item("9", CorpusPiece.DEPARTMENT_REQUIREMENTS, EDUCATION, "会议纪要", "综合政务", "纪要", "in_force",
						"2024-12-31T17:30:00Z", null, null, null));
	}

	static Searchable item(String id, CorpusPiece piece, OrganisationRef org, String column, String topic,
			String genre, String validity, String publishedAt, String docNo, String indexNo, String attachments) {
		return item(id, piece.title(), piece.text(), org, column, topic, genre, validity, publishedAt, docNo, indexNo,
				attachments);
	}

	static Searchable item(String id, String title, String text, OrganisationRef org, String column, String topic,
			String genre, String validity, String publishedAt, String docNo, String indexNo, String attachments) {
		Instant published = Instant.parse(publishedAt);
		return new Searchable("document", id, title, text, docNo, indexNo, org.id(), NAMES.get(org.id()), column,
				topic, genre, validity, LocalDate.ofInstant(published, ZONE).minusDays(3), published,
				attachments == null ? "" : attachments, "/disclosure/documents/" + id);
	}

	/** Adds or replaces items and commits. */
	void put(Searchable... items) {
		index.apply(Arrays.stream(items).map(i -> SearchDocument.of(i, ORGANISATIONS.get(i.organisationId()), ZONE))
			.toList(), List.of(), Map.of("position", String.valueOf(++position)));
	}

	void remove(String source, String id) {
		index.apply(List.of(), List.of(SearchDocument.keyTerm(source, id)),
				Map.of("position", String.valueOf(++position)));
	}

	SearchResults search(SearchQuery query) {
		Long org = query.organisationCode() == null ? null
				: ORGANISATIONS.values().stream().filter(o -> o.code().equals(query.organisationCode())).findFirst()
					.map(OrganisationRef::id).orElseThrow();
		return queries.search(query, org);
	}

	/** Ids of every item matching {@code text}, best first. */
	List<String> ids(String text) {
		return ids(SearchQuery.parse(text, null, null, null, null, null, null, null, null, null, "100"));
	}

	List<String> ids(SearchQuery query) {
		return search(query).hits().stream().map(h -> h.id()).toList();
	}

	@Override
	public void close() {
		index.close();
	}
}
