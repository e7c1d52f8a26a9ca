package org.yangguang.notification;

import java.util.List;
import java.util.Objects;

/**
 * What a module wants to tell people: a kind (for filtering and icons), a title as a message key with its
 * arguments (rendered in each reader's language when read), where to look, and a key that identifies this notice
 * so that a redelivered event does not tell anyone twice.
 *
 * @param kind      e.g. {@code inforequest.reply}, {@code deadline.missed}
 * @param titleKey  message key of the title, e.g. {@code notification.inforequest.replied}
 * @param titleArgs the title's arguments, e.g. the tracking number
 * @param url       the page to open, relative to the site ({@code /my/requests/YSQ2026000123})
 * @param dedupKey  unique per event and recipient, e.g. {@code YSQ2026000123:replied:1767225600000}
 */
public record Notice(String kind, String titleKey, List<String> titleArgs, String url, String dedupKey) {

	public Notice {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(titleKey, "titleKey");
		Objects.requireNonNull(dedupKey, "dedupKey");
		titleArgs = titleArgs == null ? List.of() : List.copyOf(titleArgs);
	}
}
