package org.yangguang.meetings.internal;

import org.springframework.stereotype.Component;
import org.yangguang.disclosure.DisclosurePublishing;
import org.yangguang.disclosure.Genre;
import org.yangguang.meetings.MinutesView;
import org.yangguang.organisation.Organisations;

/**
 * 会议公开 — published minutes also stand in the disclosure catalog, column 会议公开 of the meeting's organisation (and
 * so in site search): the public items only, with the PDF attached and a link to the minutes' page. The writer is
 * their author; the office or leader who publishes them is recorded as reviewer and publisher.
 */
@Component
public class MinutesCatalog {

	private final DisclosurePublishing publishing;
	private final MinutesPdf pdf;
	private final Organisations organisations;

	MinutesCatalog(DisclosurePublishing publishing, MinutesPdf pdf, Organisations organisations) {
		this.publishing = publishing;
		this.pdf = pdf;
		this.organisations = organisations;
	}

	/**
	 * @param shown  the minutes as the public sees them (public items only)
	 * @param writer who wrote them, recorded as the author
	 */
	public long publish(MinutesView shown, String writer) {
		String body = pdf.html(shown) + "<p>会议纪要页面：<a href=\"/meetings/" + shown.id() + "\">/meetings/" + shown.id()
				+ "</a></p>";
		return publishing.publishInColumn(organisations.getByCode(shown.organisationCode()).id(),
				DisclosurePublishing.MEETINGS, Genre.MINUTES, writer == null ? shown.organisationName() : writer, shown.title(),
				"会议公开;会议纪要;" + shown.kind().label(), body, pdf.render(shown));
	}
}
