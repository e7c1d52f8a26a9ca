package org.yangguang.notification.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yangguang.identity.Identity;
import org.yangguang.notification.Notification;
import org.yangguang.notification.Notifications;

/** 消息中心 for staff and citizens: the newest notifications, open one (marks it read), mark all read. */
@Controller
class NotificationPageController {

	private final Identity identity;
	private final Notifications notifications;

	NotificationPageController(Identity identity, Notifications notifications) {
		this.identity = identity;
		this.notifications = notifications;
	}

	@GetMapping("/account/notifications")
	String inbox(Model model) {
		model.addAttribute("inbox", notifications.inbox(identity.requireUser().id(), LocaleContextHolder.getLocale()));
		return "notification/inbox";
	}

	/** Marks the notification read and opens the page it points to. */
	@PostMapping("/account/notifications/{id}/read")
	String open(@PathVariable long id) {
		Notification read = notifications.markRead(identity.requireUser().id(), id, LocaleContextHolder.getLocale());
		return "redirect:" + (read.url() == null ? "/account/notifications" : read.url());
	}

	@PostMapping("/account/notifications/read-all")
	String readAll(RedirectAttributes redirect) {
		notifications.markAllRead(identity.requireUser().id());
		redirect.addFlashAttribute("flash", "notification.allRead");
		return "redirect:/account/notifications";
	}
}
