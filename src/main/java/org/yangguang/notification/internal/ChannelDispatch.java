package org.yangguang.notification.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yangguang.notification.Notice;
import org.yangguang.notification.Notifier;

/**
 * Hands a stored notice to every channel outside the platform once the transaction that stored it has committed
 * (an e-mail cannot be taken back if the transaction rolls back). A channel that fails is logged; the in-app copy
 * is already safe.
 */
@Component
public class ChannelDispatch {

	private static final Logger log = LoggerFactory.getLogger(ChannelDispatch.class);

	private final List<Notifier> channels;

	ChannelDispatch(List<Notifier> channels) {
		this.channels = List.copyOf(channels);
	}

	public void afterCommit(long accountId, Notice notice) {
		if (channels.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			deliver(accountId, notice);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				deliver(accountId, notice);
			}
		});
	}

	private void deliver(long accountId, Notice notice) {
		for (Notifier channel : channels) {
			try {
				channel.deliver(accountId, notice);
			}
			catch (RuntimeException e) {
				log.warn("Notification {} to account {} not delivered by {}: {}", notice.dedupKey(), accountId,
						channel.channel(), e.getMessage());
			}
		}
	}
}
