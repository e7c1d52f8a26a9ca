package org.yangguang.inforequest.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.inforequest.ReplyCommand;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;

/**
 * 答复 — issues a reply: the decision on the request, the files disclosed with it, and the reply letter rendered
 * once and kept as issued; the audit entry last.
 */
@Component
public class Replies {

	private final RequestWorkflow workflow;
	private final FileRepository files;
	private final ReplyLetter letters;
	private final Organisations organisations;
	private final TimelineRepository timeline;
	private final WithheldPartRepository withheld;

	Replies(RequestWorkflow workflow, FileRepository files, ReplyLetter letters, Organisations organisations,
			TimelineRepository timeline, WithheldPartRepository withheld) {
		this.workflow = workflow;
		this.files = files;
		this.letters = letters;
		this.organisations = organisations;
		this.timeline = timeline;
		this.withheld = withheld;
	}

	/** @param guard checks who may reply and says who signs the reply off */
	@Transactional(propagation = Propagation.MANDATORY)
	public RequestSnapshot issue(String trackingNo, Function<RequestSnapshot, Actor> guard, ReplyCommand reply,
			LocalDate on) {
		String contact = otherAgencyContact(reply.otherAgencyName(), reply.otherAgencyContact());
		RequestWorkflow.Changed changed = workflow.change(trackingNo, guard,
				(r, actor) -> r.reply(reply.type(), reply.outcome(), reply.ground(), reply.body(),
						reply.otherAgencyName(), contact, reply.withheldParts(), reasonsAsked(r.id()),
						reply.thirdPartyNotConsultedReason(), on, actor));
		RequestSnapshot after = changed.after();
		withheld.insert(after.id(), reply.withheldParts());
		for (ReplyCommand.Upload upload : reply.attachments()) {
			files.insert(after.id(), FileRepository.ATTACHMENT, upload.name(), upload.contentType(), upload.content(),
					workflow.now());
		}
		// issued and signed in the name of the agency applied to, whichever unit handled it (条例第三十六条)
		Organisation agency = organisations.get(after.addressedToId());
		byte[] pdf = letters.render(after, agency, reconsiderationBody(agency),
				reply.attachments().stream().map(ReplyCommand.Upload::name).toList(), reply.withheldParts());
		files.insert(after.id(), FileRepository.LETTER, after.trackingNo() + ".pdf", "application/pdf", pdf,
				workflow.now());
		workflow.audit("inforequest." + RequestAction.REPLY.key(), changed, reply.ground());
		return after;
	}

	/** Whether the agency asked the applicant for reasons (条例第三十五条), as the request's timeline records. */
	private boolean reasonsAsked(Long requestId) {
		return requestId != null && timeline.find(requestId).stream()
			.anyMatch(e -> InformationRequest.REASONS_REQUESTED.equals(e.action()));
	}

	/**
	 * 第三十六条第（五）项: the responsible agency's contact as staff give it, or else as the organisation tree holds it
	 * for an agency of that name; null when it cannot be determined (the letter then says so).
	 */
	String otherAgencyContact(String name, String given) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		if (name == null || name.isBlank()) {
			return null;
		}
		return organisations.active().stream().filter(o -> o.name().equals(name.strip())).findFirst()
			.map(o -> contactOf(o.contact())).orElse(null);
	}

	private static String contactOf(Organisation.Contact c) {
		java.util.List<String> parts = new java.util.ArrayList<>();
		if (c.address() != null && !c.address().isBlank()) {
			parts.add(c.address().strip());
		}
		if (c.phone() != null && !c.phone().isBlank()) {
			parts.add(c.phone().strip());
		}
		if (c.email() != null && !c.email().isBlank()) {
			parts.add(c.email().strip());
		}
		return parts.isEmpty() ? null : String.join("，", parts);
	}

	/** 复议机关: the government directly above the agency (行政复议法 2023), or null when it is not in the tree. */
	String reconsiderationBody(Organisation agency) {
		Map<Long, Organisation> all = new java.util.HashMap<>();
		organisations.all().forEach(o -> all.put(o.id(), o));
		Long parent = agency.parentId();
		while (parent != null) {
			Organisation p = all.get(parent);
			if (p == null) {
				return null;
			}
			if (p.kind() == OrganisationKind.GOVERNMENT) {
				return p.name();
			}
			parent = p.parentId();
		}
		return null;
	}
}
