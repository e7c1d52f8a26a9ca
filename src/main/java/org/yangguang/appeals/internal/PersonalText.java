package org.yangguang.appeals.internal;

import org.yangguang.appeals.Caller;
import org.yangguang.shared.Masks;

/**
 * Personal data inside a ticket's free text — mobile numbers, identity numbers, and the caller's own name and address
 * when the text repeats them — masked for everyone who may not see the caller: the department, the Q&A wall, search.
 */
public final class PersonalText {

	private PersonalText() {
	}

	public static String mask(String text, Caller caller) {
		if (text == null) {
			return null;
		}
		String masked = Masks.numbersInText(text);
		if (caller != null && caller.name() != null && caller.name().length() > 1) {
			masked = masked.replace(caller.name(), Masks.name(caller.name()));
		}
		if (caller != null && caller.address() != null && !caller.address().isBlank()) {
			masked = masked.replace(caller.address(), Masks.address(caller.address()));
		}
		return masked;
	}
}
