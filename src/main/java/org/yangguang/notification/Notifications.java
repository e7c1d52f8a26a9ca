package org.yangguang.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.notification.internal.ChannelDispatch;
import org.yangguang.notification.internal.NotificationRepository;
import org.yangguang.notification.internal.Recipients;
import org.yangguang.notification.internal.StoredNotification;
import org.yangguang.shared.NotFoundException;

/**
 * The notification centre's one door: modules {@link #send} notices from their event listeners; every account reads
 * its own inbox and marks what it read.
 */
@Service
@Transactional
public class Notifications {

	/** How many notifications an inbox shows. */
	public static final int INBOX_SIZE = 50;

	private final NotificationRepository repository;
	private final ChannelDispatch channels;
	private final Recipients recipients;
	private final Clock clock;

	Notifications(NotificationRepository repository, ChannelDispatch channels, Recipients recipients, Clock clock) {
		this.repository = repository;
		this.channels = channels;
		this.recipients = recipients;
		this.clock = clock;
	}

	/**
	 * Puts {@code notice} in the inbox of each account, in the caller's transaction, and hands it to the other
	 * channels once that transaction commits. An account that already has a notice with the same dedup key (the
	 * same event delivered again) is skipped.
	 *
	 * @return how many inboxes received it
	 */
	public int send(Notice notice, Collection<Long> accountIds) {
		int stored = 0;
		for (Long accountId : new LinkedHashSet<>(accountIds)) {
			if (accountId != null && repository.insert(accountId, notice, clock.instant())) {
				channels.afterCommit(accountId, notice);
				stored++;
			}
		}
		return stored;
	}

	/** The account's newest notifications, titles in {@code locale}, and its unread count. */
	@Transactional(readOnly = true)
	public Inbox inbox(long accountId, Locale locale) {
		List<Notification> items = repository.newest(accountId, INBOX_SIZE).stream()
			.map(n -> render(n, locale)).toList();
		return new Inbox(items, repository.countUnread(accountId));
	}

	@Transactional(readOnly = true)
	public long unread(long accountId) {
		return repository.countUnread(accountId);
	}

	/** Marks one of the account's own notifications as read; someone else's is not found. */
	public Notification markRead(long accountId, long notificationId, Locale locale) {
		repository.markRead(accountId, notificationId, clock.instant());
		return repository.find(accountId, notificationId).map(n -> render(n, locale))
			.orElseThrow(() -> new NotFoundException("notification.error.notFound", notificationId));
	}

	/** Marks every unread notification of the account as read; returns how many. */
	public int markAllRead(long accountId) {
		return repository.markAllRead(accountId, clock.instant());
	}

	private Notification render(StoredNotification n, Locale locale) {
		return new Notification(n.id(), n.notice().kind(), recipients.title(n.notice(), locale), n.notice().url(),
				n.createdAt(), n.readAt() != null);
	}
}
