package org.yangguang.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.SearchSource;
import org.yangguang.shared.Searchable;

/**
 * A {@link SearchSource} for the integration tests ({@code corpus-test}): the corpus pieces as published items of
 * demo organisations, ids 900001–900009, which tests can publish, amend and withdraw at will. Registered with
 * {@link SearchIntegrationTest} only.
 */
public class CorpusSource implements SearchSource {

	public static final String NAME = "corpus-test";
	/** Columns only these items use, so that tests can count exactly. */
	public static final String COLUMN_A = "检索测试甲";
	public static final String COLUMN_B = "检索测试乙";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Organisations organisations;
	private final Map<String, Searchable> items = new ConcurrentHashMap<>();

	private boolean seeded;

	CorpusSource(Organisations organisations) {
		this.organisations = organisations;
	}

	/** The demo organisations exist only once the demo data is loaded, after this bean is made. */
	private synchronized Map<String, Searchable> items() {
		if (!seeded) {
			seed();
			seeded = true;
		}
		return items;
	}

	private void seed() {
		put("900001", CorpusPiece.MEETING_MINUTES, "520329-JYJ", COLUMN_A, "2023-04-10T02:00:00Z", "余教纪〔2023〕1号");
		put("900002", CorpusPiece.VILLAGE_FAMILY_PLANNING, "520329102001", COLUMN_B, "2024-03-05T02:00:00Z", null);
		put("900003", CorpusPiece.TOWNSHIP_WORK_MEETING, "520329102", COLUMN_B, "2024-01-15T02:00:00Z", null);
		put("900004", CorpusPiece.POWER_IN_THE_OPEN, "520329", COLUMN_A, "2024-06-20T02:00:00Z", "余府发〔2024〕912号");
		put("900005", CorpusPiece.COUNTY_EXPERIENCE, "520329", COLUMN_B, "2023-11-02T02:00:00Z", null);
		put("900006", CorpusPiece.SERVICE_REFORM, "520329", COLUMN_A, "2025-02-18T02:00:00Z", null);
		put("900007", CorpusPiece.CONSTRUCTION_REPORT, "520329-JYJ", COLUMN_B, "2024-07-01T02:00:00Z", null);
		put("900008", CorpusPiece.SCHOOL_FAMILY_PLANNING, "520329-JYJ", COLUMN_A, "2022-09-09T02:00:00Z", null);
		put("900009", CorpusPiece.DEPARTMENT_REQUIREMENTS, "520329-JYJ", COLUMN_A, "2024-12-31T17:30:00Z", null);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Searchable> find(String id) {
		return Optional.ofNullable(items().get(id)).map(this::current);
	}

	@Override
	public List<Searchable> page(String afterId, int size) {
		long after = afterId == null ? 0 : Long.parseLong(afterId);
		return items().values().stream().filter(i -> Long.parseLong(i.id()) > after)
			.sorted(Comparator.comparingLong(i -> Long.parseLong(i.id()))).limit(size).map(this::current).toList();
	}

	/** The item with its organisation's name as it is now, as a real source reads it. */
	private Searchable current(Searchable item) {
		String name = organisations.get(item.organisationId()).name();
		return new Searchable(item.source(), item.id(), item.title(), item.text(), item.docNo(), item.indexNo(),
				item.organisationId(), name, item.column(), item.topic(), item.genre(), item.validity(),
				item.writtenOn(), item.publishedAt(), item.attachmentText(), item.url());
	}

	/** Makes an item public (or replaces it); the caller records the change for the index. */
	public Searchable publish(String id, String title, String text, String orgCode, String column) {
		Organisation org = organisations.getByCode(orgCode);
		Instant now = Instant.now();
		Searchable item = new Searchable(NAME, id, title, text, null, "TEST/" + id, org.id(), org.name(), column,
				"综合政务", "通知", "in_force", LocalDate.ofInstant(now, ZONE), now, "", "/search-test/" + id);
		items().put(id, item);
		return item;
	}

	/** Takes an item off the public site; the caller records the change for the index. */
	public void withdraw(String id) {
		items().remove(id);
	}

	private void put(String id, CorpusPiece piece, String orgCode, String column, String publishedAt, String docNo) {
		Organisation org = organisations.getByCode(orgCode);
		Instant published = Instant.parse(publishedAt);
		items.put(id, new Searchable(NAME, id, piece.title(), piece.text(), docNo, "TEST/" + id, org.id(),
				org.name(), column, "综合政务", "讲话", "in_force", LocalDate.ofInstant(published, ZONE), published, "",
				"/search-test/" + id));
	}
}
