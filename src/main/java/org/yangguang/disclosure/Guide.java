package org.yangguang.disclosure;

import java.time.Instant;

import org.yangguang.organisation.Organisation;

/**
 * 公开指南 — how to obtain the organisation's information: the office's text, its name, fax and website, and the
 * organisation's own contact data (address, phone, hours, e-mail).
 *
 * @param edited false while the office has not written its own text (the platform's standard text is shown)
 */
public record Guide(Organisation organisation, String officeName, String fax, String website, String bodyHtml,
		Instant updatedAt, String updatedBy, boolean edited) {
}
