package org.yangguang.audit;

import java.util.List;

/** One page of audit entries, newest first; {@code page} counts from 0. */
public record AuditPage(List<AuditEntry> content, int page, int size, long totalElements, int totalPages) {

	public static final int MAX_SIZE = 200;

	public static AuditPage of(List<AuditEntry> content, int page, int size, long totalElements) {
		return new AuditPage(List.copyOf(content), page, size, totalElements,
				(int) ((totalElements + size - 1) / size));
	}
}
