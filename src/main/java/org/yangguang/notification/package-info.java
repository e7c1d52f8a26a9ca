/**
 * 消息中心 — notifications for staff and citizens: the bell with the unread count in every page header, the list
 * page, "mark as read", and the JSON API {@code /api/v1/notifications}.
 * <p>
 * Modules never call each other to tell people things: they publish events, and their own listeners (running
 * through the event publication registry, so nothing is lost when a listener fails) hand a {@link
 * org.yangguang.notification.Notice} to {@link org.yangguang.notification.Notifications}, the module's one door.
 * Every notice is stored in the in-app inbox in the listener's transaction; the other channels ({@link
 * org.yangguang.notification.Notifier}: e-mail when {@code spring.mail.host} is set, SMS through a gateway that only
 * logs until a real one is configured) deliver after that transaction commits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.yangguang.notification;
