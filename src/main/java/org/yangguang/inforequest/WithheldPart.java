package org.yangguang.inforequest;

import java.util.List;
import java.util.stream.Stream;

/**
 * 部分公开的不予公开部分 (条例第三十七条): one part of the requested information that is withheld, with its ground — the
 * key of a {@code withheld.*} row ({@code withheld.thirdParty}…) or {@link #NOT_GOVERNMENT_INFORMATION}. However many
 * parts there are, the request counts once, as partially disclosed.
 *
 * @param part   what is withheld, e.g. "学生的身份证号码和家庭住址"
 * @param ground the ground's key
 */
public record WithheldPart(String part, String ground) {

	/** 不属于政府信息 (条例第二条、第三十七条). */
	public static final String NOT_GOVERNMENT_INFORMATION = "notGovernmentInformation";

	/** Every ground a withheld part may give, in the order of table 三. */
	public static List<String> grounds() {
		return Stream.concat(Stream.of(Outcome.values()).filter(o -> o.group().equals("withheld")).map(Outcome::key),
				Stream.of(NOT_GOVERNMENT_INFORMATION)).toList();
	}
}
