package org.yangguang.notification.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.identity.Identity;
import org.yangguang.notification.Inbox;
import org.yangguang.notification.Notification;
import org.yangguang.notification.Notifications;

/**
 * {@code GET /api/v1/notifications}: the caller's own notifications, newest first, with the unread count;
 * {@code POST /api/v1/notifications/{id}/read}: mark one read (someone else's is 404). Titles follow
 * {@code Accept-Language}.
 */
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
class NotificationApiController {

	private final Identity identity;
	private final Notifications notifications;

	NotificationApiController(Identity identity, Notifications notifications) {
		this.identity = identity;
		this.notifications = notifications;
	}

	@GetMapping
	Inbox inbox() {
		return notifications.inbox(identity.requireUser().id(), LocaleContextHolder.getLocale());
	}

	@PostMapping("/{id}/read")
	Notification read(@PathVariable long id) {
		return notifications.markRead(identity.requireUser().id(), id, LocaleContextHolder.getLocale());
	}
}
