package org.yangguang.inforequest.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yangguang.inforequest.AppealKind;
import org.yangguang.inforequest.AppealResult;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Channel;
import org.yangguang.inforequest.DeliveryForm;
import org.yangguang.inforequest.DeliveryRoute;
import org.yangguang.inforequest.FeeMethod;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.ReplyType;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.organisation.Organisation;

/** The choices of the request forms: submitted value → message key (or display text for organisations). */
final class Options {

	private Options() {
	}

	static Map<String, String> applicantTypes() {
		Map<String, String> m = new LinkedHashMap<>();
		for (ApplicantType t : ApplicantType.values()) {
			m.put(t.key(), "inforequest.applicantType." + t.key());
		}
		return m;
	}

	static Map<String, String> forms() {
		Map<String, String> m = new LinkedHashMap<>();
		for (DeliveryForm f : DeliveryForm.values()) {
			m.put(f.key(), "inforequest.form." + f.key());
		}
		return m;
	}

	static Map<String, String> routes() {
		Map<String, String> m = new LinkedHashMap<>();
		for (DeliveryRoute r : DeliveryRoute.values()) {
			m.put(r.key(), "inforequest.route." + r.key());
		}
		return m;
	}

	static Map<String, String> staffChannels() {
		Map<String, String> m = new LinkedHashMap<>();
		for (Channel c : Channel.registeredByStaff()) {
			m.put(c.key(), "inforequest.channel." + c.key());
		}
		return m;
	}

	static Map<String, String> statuses() {
		Map<String, String> m = new LinkedHashMap<>();
		for (RequestStatus s : RequestStatus.values()) {
			m.put(s.key(), "inforequest.status." + s.key());
		}
		return m;
	}

	static Map<String, String> replyTypes() {
		Map<String, String> m = new LinkedHashMap<>();
		for (ReplyType t : ReplyType.values()) {
			m.put(t.key(), "inforequest.replyType." + t.key());
		}
		return m;
	}

	/** Outcome rows a reply may choose (the two closing rows are set by their own actions). */
	/** The grounds of a withheld part of a partial disclosure (条例第三十七条). */
	static Map<String, String> withheldGrounds() {
		Map<String, String> m = new LinkedHashMap<>();
		for (String ground : org.yangguang.inforequest.WithheldPart.grounds()) {
			m.put(ground, "inforequest.withheldGround." + ground);
		}
		return m;
	}

	static Map<String, String> outcomes() {
		Map<String, String> m = new LinkedHashMap<>();
		for (Outcome o : Outcome.values()) {
			if (o != Outcome.OTHER_NO_CORRECTION && o != Outcome.OTHER_NO_FEE) {
				m.put(o.key(), "inforequest.outcome." + o.key());
			}
		}
		return m;
	}

	static Map<String, String> feeMethods() {
		Map<String, String> m = new LinkedHashMap<>();
		for (FeeMethod f : FeeMethod.values()) {
			m.put(f.key(), "inforequest.feeMethod." + f.key());
		}
		return m;
	}

	static Map<String, String> appealKinds() {
		Map<String, String> m = new LinkedHashMap<>();
		for (AppealKind k : AppealKind.values()) {
			m.put(k.key(), "inforequest.appealKind." + k.key());
		}
		return m;
	}

	static Map<String, String> appealResults() {
		Map<String, String> m = new LinkedHashMap<>();
		for (AppealResult r : AppealResult.values()) {
			m.put(r.key(), "inforequest.appealResult." + r.key());
		}
		return m;
	}

	static Map<String, String> idTypes() {
		Map<String, String> m = new LinkedHashMap<>();
		for (String t : List.of("resident_id", "passport", "hk_macao_permit", "taiwan_permit")) {
			m.put(t, "register.idType." + t);
		}
		return m;
	}

	/** Organisations by id, indented by depth, as display text. */
	static Map<String, String> organisations(List<Organisation> inTreeOrder) {
		Map<String, String> m = new LinkedHashMap<>();
		int base = inTreeOrder.stream().mapToInt(Organisation::depth).min().orElse(0);
		for (Organisation o : inTreeOrder) {
			m.put(Long.toString(o.id()), "\u3000".repeat(Math.max(0, o.depth() - base)) + o.name());
		}
		return m;
	}
}
