package org.yangguang.inforequest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.yangguang.inforequest.Applicant;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Channel;
import org.yangguang.inforequest.Correction;
import org.yangguang.inforequest.Delivery;
import org.yangguang.inforequest.DeliveryForm;
import org.yangguang.inforequest.DeliveryRoute;
import org.yangguang.inforequest.ExtensionRequest;
import org.yangguang.inforequest.FeeMethod;
import org.yangguang.inforequest.FeeNotice;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.Reply;
import org.yangguang.inforequest.ReplyType;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.inforequest.RequestedInformation;
import org.yangguang.inforequest.ThirdPartyConsultation;

/** A request as a row of {@code inforequest_request}: the named parameters to write it, the mapping to read it. */
final class RequestRows {

	private RequestRows() {
	}

	static Map<String, Object> params(RequestSnapshot s, Instant at) {
		Map<String, Object> p = new HashMap<>();
		Applicant a = s.applicant();
		RequestedInformation i = s.information();
		p.put("trackingNo", s.trackingNo());
		p.put("status", s.status().name());
		p.put("channel", s.channel().name());
		p.put("receivedOn", s.receivedOn());
		p.put("addressedToId", s.addressedToId());
		p.put("agencyId", s.agencyId());
		p.put("assignedOn", s.assignedOn());
		p.put("applicantType", a.type().name());
		p.put("accountId", a.accountId());
		p.put("applicantKey", a.key());
		p.put("applicantName", a.name());
		p.put("idType", a.idType());
		p.put("idNumber", a.idNumber());
		p.put("creditCode", a.creditCode());
		p.put("contactName", a.contactName());
		p.put("phone", a.phone());
		p.put("email", a.email());
		p.put("address", a.address());
		p.put("title", i.title());
		p.put("docNo", i.docNo());
		p.put("description", i.description());
		p.put("purpose", i.purpose());
		p.put("form", s.delivery().form().name());
		p.put("route", s.delivery().route().name());
		p.put("oral", s.oral());
		p.put("registeredBy", s.registeredBy());
		p.put("imported", s.imported());
		Correction c = s.correction();
		p.put("correctionItems", c == null ? null : String.join("\n", c.items()));
		p.put("correctionSentOn", c == null ? null : c.sentOn());
		p.put("correctionDueOn", c == null ? null : c.dueOn());
		p.put("correctedOn", c == null ? null : c.correctedOn());
		p.put("correctionText", c == null ? null : c.text());
		ThirdPartyConsultation t = s.thirdParty();
		p.put("thirdParty", t == null ? null : t.party());
		p.put("thirdPartyContact", t == null ? null : t.contact());
		p.put("thirdPartySentOn", t == null ? null : t.sentOn());
		p.put("thirdPartyDueOn", t == null ? null : t.dueOn());
		p.put("thirdPartyAnsweredOn", t == null ? null : t.answeredOn());
		p.put("thirdPartyConsent", t == null ? null : t.consent());
		p.put("thirdPartyReason", t == null ? null : t.reason());
		ExtensionRequest e = s.extension();
		p.put("extensionStatus", e == null ? null : e.status().name());
		p.put("extensionDays", e == null ? null : e.days());
		p.put("extensionReason", e == null ? null : e.reason());
		p.put("extensionProposedBy", e == null ? null : e.proposedBy());
		p.put("extensionDecidedBy", e == null ? null : e.decidedBy());
		p.put("extensionDecidedOn", e == null ? null : e.decidedOn());
		FeeNotice f = s.fee();
		p.put("feeMethod", f == null ? null : f.method().name());
		p.put("feeQuantity", f == null ? null : f.quantity());
		p.put("feeAmount", f == null ? null : f.amount());
		p.put("feeNoticeOn", f == null ? null : f.noticeOn());
		p.put("feeDueOn", f == null ? null : f.dueOn());
		p.put("feePaidOn", f == null ? null : f.paidOn());
		Reply r = s.reply();
		p.put("outcome", r == null ? null : r.outcome().key());
		p.put("replyType", r == null ? null : r.type().name());
		p.put("decidedOn", r == null ? null : r.decidedOn());
		p.put("ground", r == null ? null : r.ground());
		p.put("body", r == null ? null : r.body());
		p.put("otherAgencyName", r == null ? null : r.otherAgencyName());
		p.put("otherAgencyContact", r == null ? null : r.otherAgencyContact());
		p.put("signedBy", r == null ? null : r.signedBy());
		p.put("replyDueOn", s.replyDueOn());
		p.put("waitingDueOn", s.waitingDueOn());
		p.put("updatedAt", RequestRepository.utc(at));
		return p;
	}

	static RequestSnapshot map(ResultSet rs, int row) throws SQLException {
		Applicant applicant = new Applicant(ApplicantType.valueOf(rs.getString("applicant_type")),
				(Long) rs.getObject("applicant_account_id", Long.class), rs.getString("applicant_name"),
				rs.getString("applicant_id_type"), rs.getString("applicant_id_number"),
				rs.getString("applicant_credit_code"), rs.getString("applicant_contact_name"),
				rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address"));
		RequestedInformation information = new RequestedInformation(rs.getString("info_title"),
				rs.getString("info_doc_no"), rs.getString("info_description"), rs.getString("purpose"));
		Delivery delivery = new Delivery(DeliveryForm.valueOf(rs.getString("delivery_form")),
				DeliveryRoute.valueOf(rs.getString("delivery_route")));
		LocalDate correctionSent = date(rs, "correction_sent_on");
		Correction correction = correctionSent == null ? null
				: new Correction(Arrays.asList(rs.getString("correction_items").split("\n")), correctionSent,
						date(rs, "correction_due_on"), date(rs, "corrected_on"), rs.getString("correction_text"));
		LocalDate thirdPartySent = date(rs, "third_party_sent_on");
		ThirdPartyConsultation thirdParty = thirdPartySent == null ? null
				: new ThirdPartyConsultation(rs.getString("third_party_name"), rs.getString("third_party_contact"),
						thirdPartySent, date(rs, "third_party_due_on"), date(rs, "third_party_answered_on"),
						(Boolean) rs.getObject("third_party_consent", Boolean.class), rs.getString("third_party_reason"));
		String extensionStatus = rs.getString("extension_status");
		ExtensionRequest extension = extensionStatus == null ? null
				: new ExtensionRequest(ExtensionRequest.Status.valueOf(extensionStatus), rs.getInt("extension_days"),
						rs.getString("extension_reason"), rs.getString("extension_proposed_by"),
						rs.getString("extension_decided_by"), date(rs, "extension_decided_on"));
		String feeMethod = rs.getString("fee_method");
		FeeNotice fee = feeMethod == null ? null
				: new FeeNotice(FeeMethod.valueOf(feeMethod), rs.getInt("fee_quantity"),
						RequestRepository.yuan(rs.getBigDecimal("fee_amount")),
						date(rs, "fee_notice_on"), date(rs, "fee_due_on"), date(rs, "fee_paid_on"));
		String outcome = rs.getString("outcome");
		Reply reply = outcome == null ? null
				: new Reply(Outcome.fromKey(outcome), ReplyType.valueOf(rs.getString("reply_type")),
						date(rs, "decided_on"), rs.getString("reply_ground"), rs.getString("reply_body"),
						rs.getString("other_agency_name"), rs.getString("other_agency_contact"),
						rs.getString("signed_by"));
		return new RequestSnapshot(rs.getLong("id"), rs.getString("tracking_no"),
				RequestStatus.valueOf(rs.getString("status")), Channel.valueOf(rs.getString("channel")),
				date(rs, "received_on"), rs.getLong("addressed_to_id"), rs.getLong("agency_id"),
				date(rs, "assigned_on"), applicant, information, delivery, rs.getString("registered_by"),
				rs.getBoolean("oral"), rs.getBoolean("imported"), correction, thirdParty, extension, fee, reply,
				date(rs, "reply_due_on"), date(rs, "waiting_due_on"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}
}
