package org.yangguang.notification;

/**
 * A delivery channel outside the platform (e-mail, SMS). The in-app inbox always receives every notice; each
 * {@code Notifier} bean is given the notices after the transaction that stored them committed, and decides itself
 * whether the recipient can be reached on its channel. A channel that fails is logged; the inbox copy stays.
 */
public interface Notifier {

	/** The channel's name, e.g. {@code email}, {@code sms}. */
	String channel();

	void deliver(long accountId, Notice notice);
}
