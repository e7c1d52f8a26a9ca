package org.yangguang.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.meetings.MeetingKind;

/** Minutes in {@code meetings_minutes} with their items ({@code meetings_item}). Lists are stored one name a line. */
@Repository
public class MinutesRepository {

	private final JdbcClient jdbc;

	MinutesRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number (第N次) of the organisation's meetings of the kind in the year. */
	public int nextNumber(long organisationId, MeetingKind kind, int year) {
		return jdbc.sql("""
				SELECT COALESCE(MAX(meeting_no), 0) + 1 FROM meetings_minutes
				WHERE organisation_id = :org AND kind = :kind AND no_year = :year""").param("org", organisationId)
			.param("kind", kind.name()).param("year", year).query(Integer.class).single();
	}

	public boolean numberTaken(long organisationId, MeetingKind kind, int year, int number) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM meetings_minutes
				WHERE organisation_id = :org AND kind = :kind AND no_year = :year AND meeting_no = :no""")
			.param("org", organisationId).param("kind", kind.name()).param("year", year).param("no", number)
			.query(Integer.class).single() > 0;
	}

	public long insert(Minutes m, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO meetings_minutes (organisation_id, kind, meeting_no, no_year, title, held_on, place, host,
					attendees, non_voting, absentees, recorder, status, created_by, version, created_at, updated_at)
				VALUES (:org, :kind, :no, :year, :title, :heldOn, :place, :host, :attendees, :nonVoting, :absentees,
					:recorder, 'DRAFT', :by, 0, :now, :now)""")
			.param("org", m.organisationId()).param("kind", m.kind().name()).param("no", m.number())
			.param("year", m.heldOn().getYear()).param("title", m.title()).param("heldOn", m.heldOn())
			.param("place", m.place()).param("host", m.host()).param("attendees", lines(m.attendees()))
			.param("nonVoting", lines(m.nonVoting())).param("absentees", lines(m.absentees()))
			.param("recorder", m.recorder()).param("by", m.createdBy()).param("now", now.atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		m.id = keys.getKey().longValue();
		for (Minutes.Item i : m.items()) {
			jdbc.sql("""
					INSERT INTO meetings_item (minutes_id, seq, topic, discussion, decision, lead_org_id, cooperating,
						due_on, due_working_days, is_public, consultation_id, documents)
					VALUES (:id, :seq, :topic, :discussion, :decision, :lead, :cooperating, :dueOn, :days, :public,
						:consultation, :documents)""")
				.param("id", m.id).param("seq", i.seq()).param("topic", i.topic()).param("discussion", i.discussion())
				.param("decision", i.decision()).param("lead", i.leadOrgId()).param("cooperating", i.cooperating())
				.param("dueOn", i.dueOn()).param("days", i.dueWorkingDays()).param("public", i.isPublic())
				.param("consultation", i.consultationId())
				.param("documents", i.documents().isEmpty() ? null
						: String.join("\n", i.documents().stream().map(d -> d.title() + "|" + d.url()).toList()))
				.update();
		}
		return m.id;
	}

	public void markPublished(Minutes m, Instant now) {
		jdbc.sql("""
				UPDATE meetings_minutes SET status = 'PUBLISHED', published_on = :on, approved_by = :by,
					updated_at = :now, version = version + 1 WHERE id = :id""").param("on", m.publishedOn())
			.param("by", m.approvedBy()).param("now", now.atOffset(ZoneOffset.UTC)).param("id", m.id()).update();
	}

	public Optional<Minutes> find(long id) {
		return jdbc.sql("SELECT * FROM meetings_minutes WHERE id = :id").param("id", id).query(this::row).optional();
	}

	public Optional<Minutes> findForUpdate(long id) {
		return jdbc.sql("SELECT * FROM meetings_minutes WHERE id = :id FOR UPDATE").param("id", id).query(this::row)
			.optional();
	}

	/** Published minutes, newest meeting first. */
	public List<Minutes> published(int limit) {
		return jdbc.sql("SELECT * FROM meetings_minutes WHERE status = 'PUBLISHED' ORDER BY held_on DESC, id DESC "
				+ "LIMIT :limit").param("limit", limit).query(this::row).list();
	}

	/** Published minutes with ids above {@code afterId}, by id (for a search rebuild). */
	public List<Minutes> publishedAfter(long afterId, int limit) {
		return jdbc.sql("SELECT * FROM meetings_minutes WHERE status = 'PUBLISHED' AND id > :after ORDER BY id "
				+ "LIMIT :limit").param("after", afterId).param("limit", limit).query(this::row).list();
	}

	/** Every minutes, newest meeting first (the workbench filters by scope). */
	public List<Minutes> all(int limit) {
		return jdbc.sql("SELECT * FROM meetings_minutes ORDER BY held_on DESC, id DESC LIMIT :limit")
			.param("limit", limit).query(this::row).list();
	}

	private Minutes row(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		Minutes m = new Minutes(id, rs.getLong("organisation_id"), MeetingKind.valueOf(rs.getString("kind")),
				rs.getInt("meeting_no"), rs.getString("title"), rs.getObject("held_on", LocalDate.class),
				rs.getString("place"), rs.getString("host"), split(rs.getString("attendees")),
				split(rs.getString("non_voting")), split(rs.getString("absentees")), rs.getString("recorder"),
				rs.getString("created_by"), items(id));
		m.published = "PUBLISHED".equals(rs.getString("status"));
		m.publishedOn = rs.getObject("published_on", LocalDate.class);
		m.approvedBy = rs.getString("approved_by");
		return m;
	}

	private List<Minutes.Item> items(long minutesId) {
		return jdbc.sql("SELECT * FROM meetings_item WHERE minutes_id = :id ORDER BY seq").param("id", minutesId)
			.query((rs, n) -> new Minutes.Item(rs.getInt("seq"), rs.getString("topic"), rs.getString("discussion"),
					rs.getString("decision"), rs.getObject("lead_org_id", Long.class), rs.getString("cooperating"),
					rs.getObject("due_on", LocalDate.class), rs.getObject("due_working_days", Integer.class),
					rs.getBoolean("is_public"), rs.getString("consultation_id"), documents(rs.getString("documents"))))
			.list();
	}

	private static List<Minutes.DocumentLine> documents(String text) {
		return split(text).stream().map(line -> {
			int bar = line.lastIndexOf('|');
			return bar < 0 ? new Minutes.DocumentLine(line, null)
					: new Minutes.DocumentLine(line.substring(0, bar), line.substring(bar + 1));
		}).toList();
	}

	private static String lines(List<String> values) {
		return values.isEmpty() ? null : String.join("\n", values);
	}

	private static List<String> split(String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
