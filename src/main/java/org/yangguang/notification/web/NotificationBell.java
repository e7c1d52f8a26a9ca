package org.yangguang.notification.web;

import org.springframework.stereotype.Component;
import org.yangguang.identity.Identity;
import org.yangguang.notification.Notifications;

/**
 * The bell in the page header: the signed-in account's unread count, read by the layout as
 * {@code ${@notificationBell.unread()}} only when a page is rendered for someone signed in.
 */
@Component("notificationBell")
public class NotificationBell {

	private final Identity identity;
	private final Notifications notifications;

	NotificationBell(Identity identity, Notifications notifications) {
		this.identity = identity;
		this.notifications = notifications;
	}

	public long unread() {
		return identity.currentUser().map(u -> notifications.unread(u.id())).orElse(0L);
	}
}
