package org.yangguang.inforequest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Channel;
import org.yangguang.inforequest.Outcome;

/**
 * Reads the values of an import row: the API keys ({@code natural_person}, {@code in_person}, {@code granted}…) and,
 * because offices keep their registers in Chinese, the Chinese names used in the registers and the annual report.
 */
final class ImportValues {

	private static final Map<String, ApplicantType> APPLICANT_NAMES = Map.ofEntries(
			Map.entry("自然人", ApplicantType.NATURAL_PERSON), Map.entry("商业企业", ApplicantType.COMMERCIAL),
			Map.entry("科研机构", ApplicantType.RESEARCH), Map.entry("社会公益组织", ApplicantType.PUBLIC_INTEREST),
			Map.entry("法律服务机构", ApplicantType.LEGAL_SERVICE), Map.entry("其他", ApplicantType.OTHER_ORG),
			Map.entry("其他组织", ApplicantType.OTHER_ORG));

	private static final Map<String, Channel> CHANNEL_NAMES = Map.ofEntries(Map.entry("网络", Channel.ONLINE),
			Map.entry("在线", Channel.ONLINE), Map.entry("网上申请", Channel.ONLINE), Map.entry("当面", Channel.IN_PERSON),
			Map.entry("当面提交", Channel.IN_PERSON), Map.entry("口头", Channel.ORAL), Map.entry("口头申请", Channel.ORAL),
			Map.entry("信函", Channel.POST), Map.entry("平信", Channel.POST), Map.entry("平常信函", Channel.POST),
			Map.entry("挂号信", Channel.REGISTERED_POST), Map.entry("快递", Channel.REGISTERED_POST),
			Map.entry("传真", Channel.FAX), Map.entry("电子邮件", Channel.EMAIL), Map.entry("邮件", Channel.EMAIL));

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
	private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("yyyy.M.d");

	private ImportValues() {
	}

	static ApplicantType applicantType(String value) {
		if (blank(value)) {
			return null;
		}
		String v = value.strip();
		ApplicantType named = APPLICANT_NAMES.get(v);
		if (named != null) {
			return named;
		}
		for (ApplicantType type : ApplicantType.values()) {
			if (type.key().equalsIgnoreCase(v) || type.column().equalsIgnoreCase(v)) {
				return type;
			}
		}
		return null;
	}

	static Channel channel(String value) {
		if (blank(value)) {
			return null;
		}
		Channel named = CHANNEL_NAMES.get(value.strip());
		return named != null ? named : Channel.fromKey(value);
	}

	static Outcome outcome(String value) {
		try {
			return Outcome.fromKey(value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** ISO dates (2025-03-18), and 2025/3/18 or 2025.3.18 as registers write them; null if unreadable. */
	static LocalDate date(String value) {
		String v = value.strip();
		for (DateTimeFormatter f : new DateTimeFormatter[] { DateTimeFormatter.ISO_LOCAL_DATE, SLASHED, DOTTED }) {
			try {
				return LocalDate.parse(v, f);
			}
			catch (DateTimeParseException e) {
				// try the next format
			}
		}
		return null;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
