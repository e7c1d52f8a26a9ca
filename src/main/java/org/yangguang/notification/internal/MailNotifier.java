package org.yangguang.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.yangguang.notification.Notice;
import org.yangguang.notification.Notifier;

/** E-mail to citizens who gave an address; on only when {@code spring.mail.host} is configured. */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class MailNotifier implements Notifier {

	private final JavaMailSender mail;
	private final Recipients recipients;
	private final String from;

	MailNotifier(JavaMailSender mail, Recipients recipients,
			@Value("${yangguang.notification.mail-from:noreply@localhost}") String from) {
		this.mail = mail;
		this.recipients = recipients;
		this.from = from;
	}

	@Override
	public String channel() {
		return "email";
	}

	@Override
	public void deliver(long accountId, Notice notice) {
		recipients.contact(accountId).map(c -> c.email()).filter(e -> e != null && !e.isBlank()).ifPresent(to -> {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(to);
			message.setSubject(recipients.title(notice, java.util.Locale.SIMPLIFIED_CHINESE));
			message.setText(recipients.text(notice));
			mail.send(message);
		});
	}
}
