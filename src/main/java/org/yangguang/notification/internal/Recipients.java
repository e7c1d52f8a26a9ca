package org.yangguang.notification.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.CitizenProfile;
import org.yangguang.notification.Notice;

/**
 * What the outside channels need: the recipient's contact details (only citizens give an e-mail address and a
 * mobile number) and the notice as a sentence in Chinese with a full link.
 */
@Component
public class Recipients {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final Accounts accounts;
	private final MessageSource messages;
	private final String siteUrl;

	Recipients(Accounts accounts, MessageSource messages,
			@Value("${yangguang.notification.site-url:http://localhost:8080}") String siteUrl) {
		this.accounts = accounts;
		this.messages = messages;
		this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
	}

	public Optional<CitizenProfile> contact(long accountId) {
		return accounts.contactOf(accountId);
	}

	/** The notice's title in {@code locale}. */
	public String title(Notice notice, Locale locale) {
		return messages.getMessage(notice.titleKey(), notice.titleArgs().toArray(), notice.titleKey(), locale);
	}

	/** The title followed by the page to open, e.g. for an SMS or the body of an e-mail. */
	public String text(Notice notice) {
		String title = title(notice, CHINESE);
		return notice.url() == null ? title : title + " " + siteUrl + notice.url();
	}
}
