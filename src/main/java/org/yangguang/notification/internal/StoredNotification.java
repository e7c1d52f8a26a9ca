package org.yangguang.notification.internal;

import java.time.Instant;

import org.yangguang.notification.Notice;

/** A notification as kept: the notice, when it came, and when the account read it (null: unread). */
public record StoredNotification(long id, long accountId, Notice notice, Instant createdAt, Instant readAt) {
}
