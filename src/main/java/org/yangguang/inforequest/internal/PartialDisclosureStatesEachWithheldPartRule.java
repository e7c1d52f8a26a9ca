package org.yangguang.inforequest.internal;

import java.util.List;

import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.WithheldPart;

/**
 * 区分处理 (条例第三十七条): a partial disclosure provides what can be disclosed and states, for each part withheld, what
 * it is and its ground; only a partial disclosure lists withheld parts. The request still counts once, as partial.
 */
public final class PartialDisclosureStatesEachWithheldPartRule {

	private PartialDisclosureStatesEachWithheldPartRule() {
	}

	public static Decision check(Outcome outcome, List<WithheldPart> parts) {
		List<WithheldPart> given = parts == null ? List.of() : parts;
		if (outcome != Outcome.PARTIAL) {
			return given.isEmpty() ? Decision.ALLOWED
					: Decision.reject("withheldParts", "inforequest.error.withheldPartsOnlyWhenPartial");
		}
		if (given.isEmpty()) {
			return Decision.reject("withheldParts", "inforequest.error.withheldPartsRequired");
		}
		for (int i = 0; i < given.size(); i++) {
			WithheldPart p = given.get(i);
			if (p.part() == null || p.part().isBlank()) {
				return Decision.reject("withheldParts", "inforequest.error.withheldPartDescriptionRequired", i + 1);
			}
			if (p.ground() == null || !WithheldPart.grounds().contains(p.ground())) {
				return Decision.reject("withheldParts", "inforequest.error.withheldPartGroundRequired", i + 1,
						p.part().strip());
			}
		}
		return Decision.ALLOWED;
	}
}
