package org.yangguang.inforequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.inforequest.RequestHandling.RequestPage;
import org.yangguang.inforequest.internal.Access;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.NotFoundException;

/**
 * 办理台 — what the staff pages about requests show, decided here rather than in the pages: the ledger by view
 * (open, overdue, due soon, all) with today's deadlines, what the signed-in staff member may do, and the agencies
 * they may choose when registering or assigning. The steps themselves are in {@link RequestHandling}.
 */
@Service
@Transactional(readOnly = true)
public class RequestDesk {

	/** Which requests the staff ledger shows; unknown keys show the open ones. */
	public enum View {

		OPEN("open"), OVERDUE("overdue"), DUE_SOON("dueSoon"), ALL("all");

		private final String key;

		View(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}

		public static View fromKey(String key) {
			return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst().orElse(OPEN);
		}
	}

	/** What the signed-in staff member may start from the ledger. */
	public record Permissions(boolean register, boolean importRegister) {
	}

	private final RequestHandling handling;
	private final InformationRequests applications;
	private final Access access;
	private final Organisations organisations;
	private final Clock clock;

	RequestDesk(RequestHandling handling, InformationRequests applications, Access access,
			Organisations organisations, Clock clock) {
		this.handling = handling;
		this.applications = applications;
		this.access = access;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * A page of the ledger: overdue means the reply deadline has passed today; due soon means it falls within the
	 * due-soon window of working days from today. {@code status} and {@code text} narrow any view; null does not.
	 */
	public RequestPage list(View view, RequestStatus status, String text, int page, int size) {
		LocalDate today = LocalDate.now(clock);
		RequestFilter filter = switch (view) {
			case OVERDUE -> new RequestFilter(true, status, today, null, null, text);
			case DUE_SOON -> new RequestFilter(true, status, null, today, applications.dueSoonLimit(today), text);
			case ALL -> new RequestFilter(false, status, null, null, null, text);
			case OPEN -> new RequestFilter(true, status, null, null, null, text);
		};
		return handling.list(filter, page, size);
	}

	/** Registering needs a registrar role or the service-centre window; importing past registers, the office. */
	public Permissions permissions() {
		CurrentUser user = access.user();
		return new Permissions(user.hasAny(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE, Role.WINDOW),
				user.has(Role.DISCLOSURE_OFFICE));
	}

	/** Whether the current staff member may open the case (window staff register for agencies they do not serve). */
	public boolean mayOpen(RequestSnapshot request) {
		return access.canRead(access.user(), request);
	}

	/** Agencies the current staff member may register an application for: any (window), else their subtree. */
	public List<Organisation> registrableAgencies() {
		CurrentUser user = access.user();
		return user.has(Role.WINDOW) ? applications.agencies()
				: organisations.subtree(user.organisationId()).stream().filter(o -> !o.retired()).toList();
	}

	/** The case as staff see it; an applicant is sent to their own page, so here it does not exist (404). */
	public RequestView caseFile(String trackingNo) {
		RequestView view = applications.view(trackingNo);
		if (view.applicantView()) {
			throw new NotFoundException("inforequest.error.notFound", trackingNo);
		}
		return view;
	}

	/**
	 * Where the case may be assigned: the active units of the agency applied to (itself and below it, 条例第三十六条:
	 * no transfer to another agency) in the user's subtree that take applications, other than the one handling it.
	 */
	public List<Organisation> assignableAgencies(RequestView view) {
		if (!view.may("assign")) {
			return List.of();
		}
		Organisation appliedTo = organisations.get(view.request().addressedToId());
		return organisations.subtree(access.user().organisationId()).stream()
			.filter(o -> !o.retired() && o.acceptsApplications() && o.id() != view.request().agencyId()
					&& o.isWithin(appliedTo))
			.toList();
	}
}
