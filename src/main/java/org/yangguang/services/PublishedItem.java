package org.yangguang.services;

import java.time.Instant;

/** One published version of an item's guide. */
public record PublishedItem(ServiceGuide guide, int version, Instant publishedAt, String publishedBy, String note,
		boolean retired) {

	public String code() {
		return guide.code();
	}
}
