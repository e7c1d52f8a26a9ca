package org.yangguang.disclosure.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of proactive disclosure ({@code yangguang.disclosure.*}).
 *
 * @param attachmentMaxSize  largest attachment accepted (the multipart limit must be at least as large)
 * @param atRiskWorkingDays  an unpublished version is at risk (即将超期) when at most this many working days remain
 * @param kioskIdleSeconds   the kiosk returns to its home page after this many seconds without a new page
 * @param feedSize           entries in an Atom feed
 */
@ConfigurationProperties("yangguang.disclosure")
public record DisclosureProperties(@DefaultValue("20MB") DataSize attachmentMaxSize,
		@DefaultValue("5") int atRiskWorkingDays, @DefaultValue("120") int kioskIdleSeconds,
		@DefaultValue("20") int feedSize) {

	public DisclosureProperties {
		if (attachmentMaxSize.toBytes() <= 0 || atRiskWorkingDays < 0 || kioskIdleSeconds < 10 || feedSize < 1) {
			throw new IllegalArgumentException("invalid yangguang.disclosure settings");
		}
	}
}
