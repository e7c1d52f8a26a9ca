package org.yangguang.inforequest.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.yangguang.inforequest.RequestFilter;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.inforequest.RequestStatus;

/** Requests in {@code inforequest_request}: one row each, read whole, written whole (see {@link RequestRows}). */
@Repository
public class RequestRepository {

	static final String TABLE = "inforequest_request";

	private final JdbcClient jdbc;

	RequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(RequestSnapshot s, String importBatch, Instant at) {
		Map<String, Object> p = RequestRows.params(s, at);
		p.put("createdAt", utc(at));
		p.put("importBatch", importBatch);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO inforequest_request (tracking_no, status, channel, received_on, addressed_to_id, agency_id,
				    assigned_on, applicant_type, applicant_account_id, applicant_key, applicant_name, applicant_id_type,
				    applicant_id_number, applicant_credit_code, applicant_contact_name, applicant_phone, applicant_email,
				    applicant_address, info_title, info_doc_no, info_description, purpose, delivery_form, delivery_route,
				    oral, registered_by, imported, import_batch, correction_items, correction_sent_on, correction_due_on,
				    corrected_on, correction_text, third_party_name, third_party_contact, third_party_sent_on,
				    third_party_due_on, third_party_answered_on, third_party_consent, third_party_reason,
				    extension_status, extension_days, extension_reason, extension_proposed_by, extension_decided_by,
				    extension_decided_on, fee_method, fee_quantity, fee_amount, fee_notice_on, fee_due_on, fee_paid_on,
				    outcome, reply_type, decided_on, reply_ground, reply_body, other_agency_name, other_agency_contact,
				    signed_by, reply_due_on, waiting_due_on, created_at, updated_at)
				VALUES (:trackingNo, :status, :channel, :receivedOn, :addressedToId, :agencyId, :assignedOn,
				    :applicantType, :accountId, :applicantKey, :applicantName, :idType, :idNumber, :creditCode,
				    :contactName, :phone, :email, :address, :title, :docNo, :description, :purpose, :form, :route,
				    :oral, :registeredBy, :imported, :importBatch, :correctionItems, :correctionSentOn,
				    :correctionDueOn, :correctedOn, :correctionText, :thirdParty, :thirdPartyContact, :thirdPartySentOn,
				    :thirdPartyDueOn, :thirdPartyAnsweredOn, :thirdPartyConsent, :thirdPartyReason, :extensionStatus,
				    :extensionDays, :extensionReason, :extensionProposedBy, :extensionDecidedBy, :extensionDecidedOn,
				    :feeMethod, :feeQuantity, :feeAmount, :feeNoticeOn, :feeDueOn, :feePaidOn, :outcome, :replyType,
				    :decidedOn, :ground, :body, :otherAgencyName, :otherAgencyContact, :signedBy, :replyDueOn,
				    :waitingDueOn, :createdAt, :updatedAt)""")
			.params(p)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Writes the request's changeable columns (the applicant and the application itself never change). */
	public void update(RequestSnapshot s, Instant at) {
		jdbc.sql("""
				UPDATE inforequest_request SET status = :status, agency_id = :agencyId, assigned_on = :assignedOn,
				    correction_items = :correctionItems, correction_sent_on = :correctionSentOn,
				    correction_due_on = :correctionDueOn, corrected_on = :correctedOn, correction_text = :correctionText,
				    third_party_name = :thirdParty, third_party_contact = :thirdPartyContact,
				    third_party_sent_on = :thirdPartySentOn, third_party_due_on = :thirdPartyDueOn,
				    third_party_answered_on = :thirdPartyAnsweredOn, third_party_consent = :thirdPartyConsent,
				    third_party_reason = :thirdPartyReason, extension_status = :extensionStatus,
				    extension_days = :extensionDays, extension_reason = :extensionReason,
				    extension_proposed_by = :extensionProposedBy, extension_decided_by = :extensionDecidedBy,
				    extension_decided_on = :extensionDecidedOn, fee_method = :feeMethod, fee_quantity = :feeQuantity,
				    fee_amount = :feeAmount, fee_notice_on = :feeNoticeOn, fee_due_on = :feeDueOn,
				    fee_paid_on = :feePaidOn, outcome = :outcome, reply_type = :replyType, decided_on = :decidedOn,
				    reply_ground = :ground, reply_body = :body, other_agency_name = :otherAgencyName,
				    other_agency_contact = :otherAgencyContact, signed_by = :signedBy, reply_due_on = :replyDueOn,
				    waiting_due_on = :waitingDueOn, updated_at = :updatedAt
				WHERE id = :id""")
			.params(RequestRows.params(s, at))
			.param("id", s.id())
			.update();
	}

	/** Only the deadlines shown in lists (after the calendar changed). */
	public void updateDeadlines(long id, LocalDate replyDueOn, LocalDate waitingDueOn) {
		jdbc.sql("UPDATE inforequest_request SET reply_due_on = :reply, waiting_due_on = :waiting WHERE id = :id")
			.param("reply", replyDueOn).param("waiting", waitingDueOn).param("id", id).update();
	}

	public Optional<RequestSnapshot> find(String trackingNo) {
		return jdbc.sql("SELECT * FROM inforequest_request WHERE tracking_no = :no")
			.param("no", trackingNo).query(RequestRows::map).optional();
	}

	/** The request, locked until the transaction ends: one change at a time, on any node. */
	public Optional<RequestSnapshot> findForUpdate(String trackingNo) {
		return jdbc.sql("SELECT * FROM inforequest_request WHERE tracking_no = :no FOR UPDATE")
			.param("no", trackingNo).query(RequestRows::map).optional();
	}

	public boolean exists(String trackingNo) {
		return jdbc.sql("SELECT COUNT(*) FROM inforequest_request WHERE tracking_no = :no").param("no", trackingNo)
			.query(Long.class).single() > 0;
	}

	/** The citizen's own requests, newest first. */
	public List<RequestSnapshot> findByAccount(long accountId) {
		return jdbc.sql("""
				SELECT * FROM inforequest_request WHERE applicant_account_id = :account
				ORDER BY received_on DESC, id DESC""")
			.param("account", accountId).query(RequestRows::map).list();
	}

	/**
	 * One page of the requests handled by {@code agencyIds}, filtered; open ones by deadline (paused and finished
	 * ones after), in one query.
	 */
	public List<RequestSnapshot> findPage(Collection<Long> agencyIds, RequestFilter filter, int offset, int limit) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		StringBuilder where = new StringBuilder("agency_id IN (:agencies)");
		Map<String, Object> p = filterParams(agencyIds, filter, where);
		return jdbc.sql("SELECT * FROM inforequest_request WHERE " + where
				+ " ORDER BY CASE WHEN decided_on IS NULL THEN 0 ELSE 1 END, reply_due_on, waiting_due_on,"
				+ " received_on DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(p).param("limit", limit).param("offset", offset)
			.query(RequestRows::map).list();
	}

	public long count(Collection<Long> agencyIds, RequestFilter filter) {
		if (agencyIds.isEmpty()) {
			return 0;
		}
		StringBuilder where = new StringBuilder("agency_id IN (:agencies)");
		Map<String, Object> p = filterParams(agencyIds, filter, where);
		return jdbc.sql("SELECT COUNT(*) FROM inforequest_request WHERE " + where).params(p).query(Long.class)
			.single();
	}

	private static Map<String, Object> filterParams(Collection<Long> agencyIds, RequestFilter filter,
			StringBuilder where) {
		Map<String, Object> p = new HashMap<>();
		p.put("agencies", agencyIds);
		if (filter.openOnly()) {
			where.append(" AND decided_on IS NULL");
		}
		if (filter.status() != null) {
			where.append(" AND status = :status");
			p.put("status", filter.status().name());
		}
		if (filter.overdueBefore() != null) {
			where.append(" AND reply_due_on < :overdueBefore");
			p.put("overdueBefore", filter.overdueBefore());
		}
		if (filter.dueFrom() != null) {
			where.append(" AND reply_due_on >= :dueFrom");
			p.put("dueFrom", filter.dueFrom());
		}
		if (filter.dueBy() != null) {
			where.append(" AND reply_due_on <= :dueBy");
			p.put("dueBy", filter.dueBy());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			where.append(" AND (UPPER(tracking_no) LIKE :text OR UPPER(info_title) LIKE :text"
					+ " OR UPPER(info_doc_no) LIKE :text OR UPPER(info_description) LIKE :text)");
			p.put("text", "%" + filter.text().strip().toUpperCase(java.util.Locale.ROOT).replace("%", "") + "%");
		}
		return p;
	}

	/** Open requests handled by {@code agencyIds} in the given statuses (to-do lists). */
	public List<RequestSnapshot> findOpen(Collection<Long> agencyIds, Collection<RequestStatus> statuses) {
		if (agencyIds.isEmpty() || statuses.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT * FROM inforequest_request WHERE agency_id IN (:agencies) AND status IN (:statuses)
				ORDER BY reply_due_on, waiting_due_on, id""")
			.param("agencies", agencyIds).param("statuses", statuses.stream().map(Enum::name).toList())
			.query(RequestRows::map).list();
	}

	/** Open requests with an extension proposal waiting for the office. */
	public List<RequestSnapshot> findExtensionProposals(Collection<Long> agencyIds) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT * FROM inforequest_request WHERE agency_id IN (:agencies) AND decided_on IS NULL
				AND extension_status = 'PROPOSED' ORDER BY reply_due_on, id""")
			.param("agencies", agencyIds).query(RequestRows::map).list();
	}

	/** Tracking numbers of requests in {@code status} whose waiting period ended before {@code today}. */
	public List<String> findWaitingEndedBefore(RequestStatus status, LocalDate today) {
		return jdbc.sql("""
				SELECT tracking_no FROM inforequest_request WHERE status = :status AND waiting_due_on < :today
				ORDER BY id""")
			.param("status", status.name()).param("today", today).query(String.class).list();
	}

	/** Open requests (for recomputing their deadlines after a calendar change). */
	public List<String> findOpenTrackingNos() {
		return jdbc.sql("SELECT tracking_no FROM inforequest_request WHERE decided_on IS NULL ORDER BY id")
			.query(String.class).list();
	}

	/**
	 * The position of a request among its applicant's requests received in the same calendar month (1 for the
	 * first), for the per-application fee.
	 */
	/**
	 * The request's number among the applicant's applications to the same agency in its calendar month: the count
	 * behind the per-application fee is kept per charging agency (《政府信息公开信息处理费管理办法》), not across
	 * agencies.
	 */
	public int numberInMonth(String applicantKey, long addressedToId, LocalDate receivedOn, long id) {
		LocalDate first = receivedOn.withDayOfMonth(1);
		return jdbc.sql("""
				SELECT COUNT(*) FROM inforequest_request WHERE applicant_key = :key AND addressed_to_id = :agency
				AND received_on >= :first AND (received_on < :received OR (received_on = :received AND id <= :id))""")
			.param("key", applicantKey).param("agency", addressedToId).param("first", first)
			.param("received", receivedOn).param("id", id)
			.query(Long.class).single().intValue();
	}

	public boolean anyImportBatch(String batch) {
		return jdbc.sql("SELECT COUNT(*) FROM inforequest_request WHERE import_batch = :batch").param("batch", batch)
			.query(Long.class).single() > 0;
	}

	static java.time.OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	/** Yuan without trailing zeros: 100.00 → 100, 12.50 → 12.5. */
	static BigDecimal yuan(BigDecimal value) {
		if (value == null) {
			return BigDecimal.ZERO;
		}
		BigDecimal plain = value.stripTrailingZeros();
		return plain.scale() < 0 ? plain.setScale(0) : plain;
	}
}
