package org.yangguang.notification;

import java.util.List;

/** The newest notifications of an account and how many it has not read. */
public record Inbox(List<Notification> items, long unread) {

	public Inbox {
		items = List.copyOf(items);
	}
}
