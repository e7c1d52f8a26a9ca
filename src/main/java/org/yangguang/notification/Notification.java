package org.yangguang.notification;

import java.time.Instant;

/**
 * One notification in an inbox, its title rendered in the reader's language.
 *
 * @param read whether the account has marked it as read
 */
public record Notification(long id, String kind, String title, String url, Instant createdAt, boolean read) {
}
