package org.yangguang.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.yangguang.notification.Notice;
import org.yangguang.notification.Notifier;

/** SMS to citizens who gave a mobile number; on when {@code yangguang.notification.sms.enabled=true}. */
@Component
@ConditionalOnProperty(prefix = "yangguang.notification.sms", name = "enabled", havingValue = "true")
class SmsNotifier implements Notifier {

	private final SmsGateway gateway;
	private final Recipients recipients;

	SmsNotifier(SmsGateway gateway, Recipients recipients) {
		this.gateway = gateway;
		this.recipients = recipients;
	}

	@Override
	public String channel() {
		return "sms";
	}

	@Override
	public void deliver(long accountId, Notice notice) {
		recipients.contact(accountId).map(c -> c.mobile()).filter(m -> m != null && !m.isBlank())
			.ifPresent(mobile -> gateway.send(mobile, recipients.text(notice)));
	}
}
