package org.yangguang.notification.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
import org.yangguang.shared.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/notifications}: the caller's own notifications, newest first, with the unread count;
 * {@code POST /api/v1/notifications/{id}/read}: mark one read (someone else's is 404). Titles follow
 * {@code Accept-Language}.
 */
@RestController
@Tag(name = "Notifications", description = "The caller's own notifications (消息中心): what the platform told them "
		+ "about their requests and cases, newest first, with the unread count; titles in the Accept-Language.")
@SecurityRequirement(name = "bearerAuth")
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
class NotificationApiController {

	private final Identity identity;
	private final Notifications notifications;

	NotificationApiController(Identity identity, Notifications notifications) {
		this.identity = identity;
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(summary = "List the caller's newest notifications (at most 50) and how many are unread")
	Inbox inbox() {
		return notifications.inbox(identity.requireUser().id(), LocaleContextHolder.getLocale());
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Mark one of the caller's notifications as read (someone else's is not found)")
	@ProblemResponses(HttpStatus.NOT_FOUND)
	Notification read(@PathVariable long id) {
		return notifications.markRead(identity.requireUser().id(), id, LocaleContextHolder.getLocale());
	}
}
