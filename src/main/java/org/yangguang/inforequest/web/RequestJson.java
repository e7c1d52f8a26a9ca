package org.yangguang.inforequest.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.yangguang.calendar.DeadlineExplanation;
import org.yangguang.inforequest.Applicant;
import org.yangguang.inforequest.DeadlineView;
import org.yangguang.inforequest.RequestRow;
import org.yangguang.inforequest.ReceiptRule;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.inforequest.RequestView;
import org.yangguang.organisation.Organisation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON of a request in the API (applicant masked), and of its parts. {@code agency} is the agency applied to,
 * which answers in its own name and counts the request (条例第三十六条); {@code handlingUnit} the unit it was
 * assigned to (承办), or null while the agency itself handles it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RequestJson(String trackingNo, String status, String channel, String receivedOn, String receiptRule,
		String agency,
		String agencyName, String addressedTo, String handlingUnit, String handlingUnitName, String applicantType, ApplicantJson applicant, String title,
		String docNo, String description, String purpose, String form, String delivery, boolean imported,
		String deadline, String deadlineKind, String deadlineState, Integer remainingWorkingDays, boolean provisional,
		ExplanationJson explanation, String replyDeadline, Map<String, Object> correction,
		Map<String, Object> thirdParty, Map<String, Object> extension, Map<String, Object> fee, String outcome,
		String replyType, String decidedOn, String ground, String body, String otherAgencyName,
		String otherAgencyContact, String signedBy, List<Map<String, Object>> withheldParts, String letter,
		List<Map<String, Object>> appeals,
		List<Map<String, Object>> events, List<String> actions, String url) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ApplicantJson(String name, String idNumber, String creditCode, String contactName, String phone,
			String email, String address) {

		static ApplicantJson of(Applicant a) {
			return new ApplicantJson(a.name(), a.idNumber(), a.creditCode(), a.contactName(), a.phone(), a.email(),
					a.address());
		}
	}

	record ExplanationJson(String start, int workingDays, int extensionDays, List<String> countedDays,
			List<String> skippedWeekends, List<String> skippedHolidays, List<String> adjustedWorkingDays,
			List<String> pausedDays, List<Integer> provisionalYears) {

		static ExplanationJson of(DeadlineExplanation e) {
			return e == null ? null
					: new ExplanationJson(e.start().toString(), e.workingDays(), e.extensionDays(), iso(e.countedDays()),
							iso(e.skippedWeekends()), iso(e.skippedHolidays()), iso(e.adjustedWorkingDays()),
							iso(e.pausedDays()), e.provisionalYears());
		}
	}

	/** A row of a list. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RowJson(String trackingNo, String status, String receivedOn, String agency, String agencyName,
			String handlingUnit, String applicantType, String title, String deadline, String deadlineState,
			Integer remainingWorkingDays, String outcome, String decidedOn, boolean imported) {

		static RowJson of(RequestRow row, Map<Long, Organisation> organisations) {
			RequestSnapshot s = row.request();
			Organisation appliedTo = organisations.get(s.addressedToId());
			return new RowJson(s.trackingNo(), s.status().key(), s.receivedOn().toString(),
					code(organisations, s.addressedToId()), appliedTo == null ? row.agencyName() : appliedTo.name(),
					s.agencyId() != s.addressedToId() ? code(organisations, s.agencyId()) : null,
					s.applicant().type().key(),
					s.information().label(), str(row.deadline().deadline()), row.deadline().state(),
					row.deadline().remainingWorkingDays(), s.reply() == null ? null : s.reply().outcome().key(),
					s.reply() == null ? null : str(s.reply().decidedOn()), s.imported());
		}
	}

	static RequestJson of(RequestView v, Map<Long, Organisation> organisations, String letterUrl) {
		RequestSnapshot s = v.request();
		DeadlineView d = v.deadline();
		var r = s.reply();
		boolean unit = s.agencyId() != s.addressedToId();
		return new RequestJson(s.trackingNo(), s.status().key(), s.channel().key(), s.receivedOn().toString(),
				ReceiptRule.of(s.channel()).key(),
				code(organisations, s.addressedToId()), v.addressedToName(), code(organisations, s.addressedToId()),
				unit ? code(organisations, s.agencyId()) : null, unit ? v.agencyName() : null,
				s.applicant().type().key(), ApplicantJson.of(s.applicant()), s.information().title(),
				s.information().docNo(), s.information().description(), s.information().purpose(),
				s.delivery().form().key(), s.delivery().route().key(), s.imported(),
				d == null ? null : str(d.deadline()), d == null ? null : d.clock(), d == null ? null : d.state(),
				d == null ? null : d.remainingWorkingDays(), d != null && d.provisional(),
				d == null ? null : ExplanationJson.of(d.explanation()),
				v.reply() == null ? null : str(v.reply().deadline()), correction(s), thirdParty(s), extension(s), fee(s),
				r == null ? null : r.outcome().key(), r == null ? null : r.type().key(),
				r == null ? null : str(r.decidedOn()), r == null ? null : r.ground(), r == null ? null : r.body(),
				r == null ? null : r.otherAgencyName(), r == null ? null : r.otherAgencyContact(),
				r == null ? null : r.signedBy(),
				v.withheldParts().isEmpty() ? null
						: v.withheldParts().stream().map(p -> map("part", p.part(), "ground", p.ground())).toList(),
				v.letter() == null ? null : letterUrl,
				v.appeals().stream().map(a -> map("kind", a.kind().key(), "filedOn", str(a.filedOn()), "result",
						a.result().key(), "decidedOn", str(a.decidedOn()), "note", a.note())).toList(),
				v.timeline().stream().map(e -> map("action", e.action(), "on", str(e.on()), "actor", e.actor(),
						"detail", e.detail(), "date", str(e.date()), "number", e.number(), "notice", e.notice()))
					.toList(),
				List.copyOf(v.actions()), "/account/requests/" + s.trackingNo());
	}

	private static Map<String, Object> correction(RequestSnapshot s) {
		var c = s.correction();
		return c == null ? null : map("items", c.items(), "sentOn", str(c.sentOn()), "dueOn", str(c.dueOn()),
				"correctedOn", str(c.correctedOn()), "text", c.text());
	}

	private static Map<String, Object> thirdParty(RequestSnapshot s) {
		var t = s.thirdParty();
		return t == null ? null : map("party", t.party(), "contact", t.contact(), "sentOn", str(t.sentOn()), "dueOn",
				str(t.dueOn()), "answeredOn", str(t.answeredOn()), "consent", t.consent(), "reason", t.reason());
	}

	private static Map<String, Object> extension(RequestSnapshot s) {
		var e = s.extension();
		return e == null ? null : map("status", e.status().key(), "workingDays", e.days(), "reason", e.reason(),
				"proposedBy", e.proposedBy(), "decidedBy", e.decidedBy(), "decidedOn", str(e.decidedOn()));
	}

	private static Map<String, Object> fee(RequestSnapshot s) {
		var f = s.fee();
		return f == null ? null : map("method", f.method().key(), "quantity", f.quantity(), "amountYuan",
				f.amount(), "noticeOn", str(f.noticeOn()), "dueOn", str(f.dueOn()), "paidOn", str(f.paidOn()));
	}

	/** A map without the null values, in the order given. */
	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				map.put((String) keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return map;
	}

	static String code(Map<Long, Organisation> organisations, long id) {
		Organisation o = organisations.get(id);
		return o == null ? null : o.code();
	}

	static String str(LocalDate d) {
		return d == null ? null : d.toString();
	}

	static List<String> iso(List<LocalDate> dates) {
		return dates.stream().map(LocalDate::toString).toList();
	}
}
