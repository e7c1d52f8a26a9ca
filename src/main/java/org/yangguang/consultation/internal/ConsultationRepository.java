package org.yangguang.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.consultation.CommentDecision;
import org.yangguang.consultation.CommentSource;
import org.yangguang.consultation.ConsultationStatus;
import org.yangguang.consultation.ConsultationView;
import org.yangguang.consultation.DraftArticle;
import org.yangguang.consultation.FinalDecision;
import org.yangguang.consultation.ModerationReason;

/** Consultations ({@code consultation}) with their articles, comments and history. */
@Repository
public class ConsultationRepository {

	private final JdbcClient jdbc;

	ConsultationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Consultation c, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO consultation (organisation_id, status, title, opens_on, closes_on, anonymous_comments,
					author_id, author_name, created_at, updated_at)
				VALUES (:org, :status, :title, :opens, :closes, :anon, :authorId, :author, :now, :now)""")
			.param("org", c.organisationId).param("status", c.status.name()).param("title", c.title)
			.param("opens", c.opensOn).param("closes", c.closesOn).param("anon", c.anonymousComments)
			.param("authorId", c.authorId).param("author", c.authorName).param("now", utc(now)).update(keys, "id");
		c.id = keys.getKey().longValue();
		update(c, now);
		saveArticles(c);
	}

	public void update(Consultation c, Instant now) {
		Map<String, Object> v = new HashMap<>();
		v.put("id", c.id);
		v.put("status", c.status.name());
		v.put("title", c.title);
		v.put("background", c.background);
		v.put("contact", c.contact);
		v.put("opens", c.opensOn);
		v.put("closes", c.closesOn);
		v.put("shortReason", c.shortReason);
		v.put("anon", c.anonymousComments);
		v.put("reviewer", c.reviewerName);
		v.put("reviewNote", c.reviewNote);
		v.put("publishedOn", c.publishedOn);
		v.put("publishedBy", c.publishedBy);
		v.put("documentId", c.documentId);
		v.put("closedEarly", c.closedEarlyOn);
		v.put("closeReason", c.closeReason);
		v.put("reportDue", c.reportDueOn);
		v.put("reportOn", c.reportPublishedOn);
		v.put("reportDoc", c.reportDocumentId);
		FinalDecision f = c.finalDecision;
		v.put("finalTitle", f == null ? null : f.title());
		v.put("finalDocNo", f == null ? null : f.docNo());
		v.put("finalText", f == null ? null : f.text());
		v.put("finalUrl", f == null ? null : f.url());
		v.put("interpretation", f == null ? null : f.interpretation());
		v.put("concluded", c.concludedOn);
		v.put("now", utc(now));
		jdbc.sql("""
				UPDATE consultation SET status = :status, title = :title, background = :background, contact = :contact,
					opens_on = :opens, closes_on = :closes, short_reason = :shortReason, anonymous_comments = :anon,
					reviewer_name = :reviewer, review_note = :reviewNote, published_on = :publishedOn,
					published_by = :publishedBy, document_id = :documentId, closed_early_on = :closedEarly,
					close_reason = :closeReason, report_due_on = :reportDue, report_published_on = :reportOn,
					report_document_id = :reportDoc, final_title = :finalTitle, final_doc_no = :finalDocNo,
					final_text = :finalText, final_url = :finalUrl, interpretation = :interpretation,
					concluded_on = :concluded, updated_at = :now
				WHERE id = :id""").params(v).update();
	}

	public void saveArticles(Consultation c) {
		jdbc.sql("DELETE FROM consultation_article WHERE consultation_id = :id").param("id", c.id).update();
		for (DraftArticle a : c.articles) {
			jdbc.sql("INSERT INTO consultation_article (consultation_id, article_no, chapter, body)"
					+ " VALUES (:id, :no, :chapter, :body)")
				.param("id", c.id).param("no", a.no()).param("chapter", a.chapter()).param("body", a.text()).update();
		}
	}

	public void appendHistory(long id, List<Consultation.Happened> happened, Instant now) {
		for (Consultation.Happened h : happened) {
			jdbc.sql("INSERT INTO consultation_event (consultation_id, action, on_date, actor, note, recorded_at)"
					+ " VALUES (:id, :action, :on, :actor, :note, :at)")
				.param("id", id).param("action", h.action()).param("on", h.on()).param("actor", h.actor())
				.param("note", h.note()).param("at", utc(now)).update();
		}
	}

	public List<ConsultationView.HistoryItem> history(long id) {
		return jdbc.sql("SELECT action, on_date, actor, note FROM consultation_event WHERE consultation_id = :id"
				+ " ORDER BY id").param("id", id)
			.query((rs, n) -> new ConsultationView.HistoryItem(rs.getString(1), rs.getObject(2, LocalDate.class),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	public Optional<Consultation> find(long id) {
		return load("SELECT * FROM consultation WHERE id = :id", id);
	}

	public Optional<Consultation> findForUpdate(long id) {
		return load("SELECT * FROM consultation WHERE id = :id FOR UPDATE", id);
	}

	private Optional<Consultation> load(String sql, long id) {
		Optional<Consultation> found = jdbc.sql(sql).param("id", id).query(ConsultationRepository::map).optional();
		found.ifPresent(c -> c.articles = jdbc.sql("SELECT article_no, chapter, body FROM consultation_article"
				+ " WHERE consultation_id = :id ORDER BY article_no").param("id", id)
			.query((rs, n) -> new DraftArticle(rs.getInt(1), rs.getString(2), rs.getString(3))).list());
		return found;
	}

	/** Consultations of the given organisations (all when null) in the given states, newest first. */
	public List<Consultation> list(Collection<Long> organisations, Collection<ConsultationStatus> states, int limit) {
		StringBuilder sql = new StringBuilder("SELECT * FROM consultation WHERE 1 = 1");
		Map<String, Object> p = new HashMap<>();
		if (organisations != null) {
			if (organisations.isEmpty()) {
				return List.of();
			}
			sql.append(" AND organisation_id IN (:orgs)");
			p.put("orgs", organisations);
		}
		if (states != null && !states.isEmpty()) {
			sql.append(" AND status IN (:states)");
			p.put("states", states.stream().map(Enum::name).toList());
		}
		sql.append(" ORDER BY id DESC");
		return jdbc.sql(sql.toString()).params(p).query(ConsultationRepository::map).list().stream().limit(limit)
			.toList();
	}

	private static Consultation map(ResultSet rs, int n) throws SQLException {
		Consultation c = new Consultation(rs.getLong("id"), rs.getLong("organisation_id"),
				ConsultationStatus.valueOf(rs.getString("status")), rs.getString("title"),
				(Long) rs.getObject("author_id", Long.class), rs.getString("author_name"));
		c.background = rs.getString("background");
		c.contact = rs.getString("contact");
		c.opensOn = rs.getObject("opens_on", LocalDate.class);
		c.closesOn = rs.getObject("closes_on", LocalDate.class);
		c.shortReason = rs.getString("short_reason");
		c.anonymousComments = rs.getBoolean("anonymous_comments");
		c.reviewerName = rs.getString("reviewer_name");
		c.reviewNote = rs.getString("review_note");
		c.publishedOn = rs.getObject("published_on", LocalDate.class);
		c.publishedBy = rs.getString("published_by");
		c.documentId = rs.getObject("document_id", Long.class);
		c.closedEarlyOn = rs.getObject("closed_early_on", LocalDate.class);
		c.closeReason = rs.getString("close_reason");
		c.reportDueOn = rs.getObject("report_due_on", LocalDate.class);
		c.reportPublishedOn = rs.getObject("report_published_on", LocalDate.class);
		c.reportDocumentId = rs.getObject("report_document_id", Long.class);
		if (rs.getString("final_title") != null) {
			c.finalDecision = new FinalDecision(rs.getString("final_title"), rs.getString("final_doc_no"),
					rs.getString("final_text"), rs.getString("final_url"), rs.getString("interpretation"));
		}
		c.concludedOn = rs.getObject("concluded_on", LocalDate.class);
		return c;
	}

	// comments

	public void insert(Comment c, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO consultation_comment (consultation_id, article_no, body, source, account_id, author_name,
					registered_by, received_on, created_at)
				VALUES (:cid, :article, :body, :source, :account, :name, :by, :received, :now)""")
			.param("cid", c.consultationId).param("article", c.article).param("body", c.text)
			.param("source", c.source.name()).param("account", c.accountId).param("name", c.authorName)
			.param("by", c.registeredBy).param("received", c.receivedOn).param("now", utc(now)).update(keys, "id");
		c.id = keys.getKey().longValue();
	}

	public void update(Comment c) {
		jdbc.sql("""
				UPDATE consultation_comment SET moderation = :moderation, moderation_note = :mnote, moderated_by = :mby,
					decision = :decision, decision_reason = :reason, decided_by = :dby, decided_on = :don WHERE id = :id""")
			.param("moderation", c.moderation == null ? null : c.moderation.name()).param("mnote", c.moderationNote)
			.param("mby", c.moderatedBy).param("decision", c.decision == null ? null : c.decision.name())
			.param("reason", c.decisionReason).param("dby", c.decidedBy).param("don", c.decidedOn)
			.param("id", c.id).update();
	}

	public Optional<Comment> comment(long consultationId, long commentId) {
		return jdbc.sql("SELECT * FROM consultation_comment WHERE id = :id AND consultation_id = :cid")
			.param("id", commentId).param("cid", consultationId).query(ConsultationRepository::mapComment).optional();
	}

	public List<Comment> comments(long consultationId) {
		return jdbc.sql("SELECT * FROM consultation_comment WHERE consultation_id = :cid ORDER BY id")
			.param("cid", consultationId).query(ConsultationRepository::mapComment).list();
	}

	public List<Comment> commentsBy(long accountId) {
		return jdbc.sql("SELECT * FROM consultation_comment WHERE account_id = :a ORDER BY id DESC")
			.param("a", accountId).query(ConsultationRepository::mapComment).list();
	}

	/** Counted comments (not moderated) per consultation. */
	public Map<Long, Integer> commentCounts(Collection<Long> consultationIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (consultationIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("SELECT consultation_id, COUNT(*) FROM consultation_comment WHERE moderation IS NULL"
				+ " AND consultation_id IN (:ids) GROUP BY consultation_id").param("ids", consultationIds)
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
		return counts;
	}

	private static Comment mapComment(ResultSet rs, int n) throws SQLException {
		Comment c = new Comment(rs.getLong("id"), rs.getLong("consultation_id"), rs.getObject("article_no", Integer.class),
				rs.getString("body"), CommentSource.valueOf(rs.getString("source")),
				rs.getObject("account_id", Long.class), rs.getString("author_name"), rs.getString("registered_by"),
				rs.getObject("received_on", LocalDate.class));
		String moderation = rs.getString("moderation");
		c.moderation = moderation == null ? null : ModerationReason.valueOf(moderation);
		c.moderationNote = rs.getString("moderation_note");
		c.moderatedBy = rs.getString("moderated_by");
		String decision = rs.getString("decision");
		c.decision = decision == null ? null : CommentDecision.valueOf(decision);
		c.decisionReason = rs.getString("decision_reason");
		c.decidedBy = rs.getString("decided_by");
		c.decidedOn = rs.getObject("decided_on", LocalDate.class);
		return c;
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
