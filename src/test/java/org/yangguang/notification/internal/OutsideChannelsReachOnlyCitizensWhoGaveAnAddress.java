package org.yangguang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.CitizenProfile;
import org.yangguang.identity.CitizenProfile.ApplicantKind;
import org.yangguang.notification.Notice;

/**
 * E-mail and SMS go only to citizens who gave an address or a mobile number (staff accounts have none), in Chinese,
 * with a full link to the page; the in-app inbox is the only channel for everyone else.
 */
class OutsideChannelsReachOnlyCitizensWhoGaveAnAddress {

	static final Notice REPLIED = new Notice("inforequest.replied", "notification.inforequest.applicant.replied",
			List.of("YSQ2026000123"), "/account/requests/YSQ2026000123", "YSQ2026000123:replied:1:0");

	final Accounts accounts = mock(Accounts.class);
	final Recipients recipients;

	OutsideChannelsReachOnlyCitizensWhoGaveAnAddress() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("notification.inforequest.applicant.replied", java.util.Locale.SIMPLIFIED_CHINESE,
				"您的申请 {0} 已答复，请查看答复书");
		recipients = new Recipients(accounts, messages, "https://gk.example.gov.cn/");
		when(accounts.contactOf(1L)).thenReturn(Optional.of(new CitizenProfile(ApplicantKind.NATURAL_PERSON, "张伟",
				"身份证", "520329199001011234", null, null, null, null, "13800138000", "zhangwei@example.com", null)));
		when(accounts.contactOf(2L)).thenReturn(Optional.empty());
	}

	@Test
	void mailGoesToTheCitizensAddressWithTheTitleAndAFullLink() {
		JavaMailSender mail = mock(JavaMailSender.class);
		MailNotifier notifier = new MailNotifier(mail, recipients, "gk@example.gov.cn");

		notifier.deliver(1L, REPLIED);
		notifier.deliver(2L, REPLIED);

		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(mail).send(sent.capture());
		assertThat(sent.getValue().getTo()).containsExactly("zhangwei@example.com");
		assertThat(sent.getValue().getSubject()).isEqualTo("您的申请 YSQ2026000123 已答复，请查看答复书");
		assertThat(sent.getValue().getText())
			.endsWith("https://gk.example.gov.cn/account/requests/YSQ2026000123");
	}

	@Test
	void smsGoesToTheMobileNumberThroughTheGateway() {
		List<String> sent = new ArrayList<>();
		SmsNotifier notifier = new SmsNotifier((mobile, text) -> sent.add(mobile + " " + text), recipients);

		notifier.deliver(1L, REPLIED);
		notifier.deliver(2L, REPLIED);

		assertThat(sent).containsExactly(
				"13800138000 您的申请 YSQ2026000123 已答复，请查看答复书 https://gk.example.gov.cn/account/requests/YSQ2026000123");
	}

	@Test
	void aStaffAccountGetsNoMail() {
		JavaMailSender mail = mock(JavaMailSender.class);
		new MailNotifier(mail, recipients, "gk@example.gov.cn").deliver(2L, REPLIED);
		verify(mail, never()).send(any(SimpleMailMessage.class));
	}
}
