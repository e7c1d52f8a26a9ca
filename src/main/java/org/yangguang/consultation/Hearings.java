package org.yangguang.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.consultation.internal.ConsultationAccess;
import org.yangguang.consultation.internal.Hearing;
import org.yangguang.consultation.internal.HearingRepository;
import org.yangguang.consultation.internal.HearingRepository.Registration;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * 听证会与新闻发布会 — the responsible organisation announces one (time, place, seats, the rule that selects among
 * registrants, materials); citizens register with what they want to say; after the registration closes the
 * participants are selected by the rule and told; after it is held the minutes or transcript and a video link are
 * published.
 */
@Service
public class Hearings {

	public static final int MAX_STATEMENT = 2000;

	private final HearingRepository hearings;
	private final ConsultationAccess access;
	private final Organisations organisations;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	Hearings(HearingRepository hearings, ConsultationAccess access, Organisations organisations,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.hearings = hearings;
		this.access = access;
		this.organisations = organisations;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public HearingView announce(NewHearing n) {
		CurrentUser user = access.user();
		long organisationId = n.orgCode() == null || n.orgCode().isBlank() ? requireOrg(user.organisationId())
				: organisations.findByCode(n.orgCode().strip()).filter(o -> !o.retired()).map(Organisation::id)
					.orElseThrow(() -> RuleViolationException.onField("org", "consultation.error.org", n.orgCode()));
		access.requireDrafter(organisationId);
		Hearing h = Hearing.announce(organisationId, n.consultationId(), n.kind(), n.title(), n.heldAt(), n.place(),
				n.capacity(), n.rule(), n.registrationClosesOn(), n.materials(), today(), user.displayName());
		hearings.insert(h, clock.instant());
		audit.record("consultation.hearing.announced", "hearing", h.id().toString(), null, h.status(), null);
		return view(h, user);
	}

	private static long requireOrg(Long id) {
		if (id == null) {
			throw RuleViolationException.onField("org", "consultation.error.org", "");
		}
		return id;
	}

	/** A citizen registers (once) while the registration is open. */
	@Transactional
	public HearingView register(long id, String statement) {
		CurrentUser user = access.user();
		if (user.staff()) {
			throw new AccessDeniedException("citizens register");
		}
		Hearing h = load(id, true);
		h.requireRegistrationOpen(today());
		String s = statement == null || statement.isBlank() ? null : statement.strip();
		if (s != null && s.length() > MAX_STATEMENT) {
			throw RuleViolationException.onField("statement", "consultation.error.tooLong", MAX_STATEMENT);
		}
		if (!hearings.register(id, user.id(), user.displayName(), s, clock.instant())) {
			throw new IllegalTransitionException("consultation.hearing.error.alreadyRegistered");
		}
		return view(h, user);
	}

	/** 遴选 — by the recorded rule, after the registration closed; every registrant is told the result. */
	@Transactional
	public HearingView select(long id) {
		Hearing h = load(id, true);
		CurrentUser user = requireHandler(h);
		List<Registration> all = hearings.registrations(id);
		List<Long> chosen = h.select(all.stream().map(Registration::id).toList(), today());
		hearings.markSelected(id, chosen);
		hearings.update(h);
		audit.record("consultation.hearing.selected", "hearing", Long.toString(id), null,
				"selected=" + chosen.size() + "; registered=" + all.size() + "; rule=" + h.rule().key(), null);
		events.publishEvent(new HearingSelected(id, h.title(),
				all.stream().filter(r -> chosen.contains(r.id())).map(Registration::accountId).toList(),
				all.stream().filter(r -> !chosen.contains(r.id())).map(Registration::accountId).toList(),
				clock.instant()));
		return view(h, user);
	}

	/** 会后公开 — the minutes or transcript and the video link. */
	@Transactional
	public HearingView publishRecord(long id, String transcript, String videoUrl) {
		Hearing h = load(id, true);
		CurrentUser user = requireHandler(h);
		h.publishRecord(transcript, videoUrl, today());
		hearings.update(h);
		audit.record("consultation.hearing.published", "hearing", Long.toString(id), null, h.status(), null);
		return view(h, user);
	}

	@Transactional(readOnly = true)
	public HearingView view(long id) {
		return view(load(id, false), access.userOrNull());
	}

	@Transactional(readOnly = true)
	public List<HearingView> all() {
		CurrentUser user = access.userOrNull();
		return hearings.list(200).stream().map(h -> view(h, user)).toList();
	}

	private Hearing load(long id, boolean forUpdate) {
		return hearings.find(id, forUpdate).orElseThrow(() -> new NotFoundException("consultation.hearing.error.notFound", id));
	}

	private CurrentUser requireHandler(Hearing h) {
		CurrentUser user = access.user();
		if (!(user.staff() && user.hasAny(Role.CLERK, Role.LEADER, Role.DISCLOSURE_OFFICE)
				&& access.covers(h.organisationId()))) {
			throw new AccessDeniedException("the organisation's step");
		}
		return user;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private HearingView view(Hearing h, CurrentUser user) {
		List<Registration> all = hearings.registrations(h.id());
		boolean staff = user != null && user.staff() && access.covers(h.organisationId());
		Registration own = user == null || user.staff() ? null
				: all.stream().filter(r -> Objects.equals(r.accountId(), user.id())).findFirst().orElse(null);
		Set<String> actions = new LinkedHashSet<>();
		LocalDate today = today();
		if (staff) {
			if (Hearing.ANNOUNCED.equals(h.status()) && h.capacity() > 0 && today.isAfter(h.registrationClosesOn())) {
				actions.add("select");
			}
			if (!Hearing.PUBLISHED.equals(h.status()) && !today.isBefore(h.heldAt().toLocalDate())) {
				actions.add("record");
			}
		}
		else if (user != null && own == null && h.capacity() > 0 && Hearing.ANNOUNCED.equals(h.status())
				&& !today.isAfter(h.registrationClosesOn())) {
			actions.add("register");
		}
		String note = h.status().equals(Hearing.ANNOUNCED) || h.capacity() == 0 ? null
				: h.rule() == SelectionRule.LOTTERY ? "seed=" + h.seed() : null;
		return new HearingView(h.id(), h.kind(), h.status(), h.title(), organisations.get(h.organisationId()).name(),
				h.consultationId(), h.heldAt(), h.place(), h.capacity(), h.rule(), h.registrationClosesOn(),
				h.materials(), h.selectedOn(), note, h.transcript(), h.videoUrl(), all.size(),
				(int) all.stream().filter(r -> Boolean.TRUE.equals(r.selected())).count(),
				staff ? all.stream().map(Hearings::registrant).toList() : List.of(),
				own == null ? null : registrant(own), actions);
	}

	private static HearingView.Registrant registrant(Registration r) {
		return new HearingView.Registrant(r.id(), r.name(), r.statement(), r.selected());
	}
}
