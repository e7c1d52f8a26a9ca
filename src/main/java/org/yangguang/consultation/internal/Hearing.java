package org.yangguang.consultation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.yangguang.consultation.HearingKind;
import org.yangguang.consultation.SelectionRule;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * 听证会 / 新闻发布会 — announced with the place, time, seats and the rule that chooses among registrants; citizens
 * register until the registration closes; then the participants are selected by the rule (a lottery's seed is
 * recorded); after it is held, the minutes or transcript and a video link are published.
 */
public final class Hearing {

	public static final String ANNOUNCED = "announced";
	public static final String SELECTED = "selected";
	public static final String PUBLISHED = "published";

	Long id;
	final long organisationId;
	final Long consultationId;
	final HearingKind kind;
	final String title;
	final LocalDateTime heldAt;
	final String place;
	final int capacity;
	final SelectionRule rule;
	final LocalDate registrationClosesOn;
	final String materials;
	String status;
	LocalDate selectedOn;
	String transcript;
	String videoUrl;
	final String createdBy;

	Hearing(Long id, long organisationId, Long consultationId, HearingKind kind, String title, LocalDateTime heldAt,
			String place, int capacity, SelectionRule rule, LocalDate registrationClosesOn, String materials,
			String status, String createdBy) {
		this.id = id;
		this.organisationId = organisationId;
		this.consultationId = consultationId;
		this.kind = kind;
		this.title = title;
		this.heldAt = heldAt;
		this.place = place;
		this.capacity = capacity;
		this.rule = rule;
		this.registrationClosesOn = registrationClosesOn;
		this.materials = materials;
		this.status = status;
		this.createdBy = createdBy;
	}

	public static Hearing announce(long organisationId, Long consultationId, HearingKind kind, String title,
			LocalDateTime heldAt, String place, int capacity, SelectionRule rule, LocalDate registrationClosesOn,
			String materials, LocalDate today, String by) {
		if (kind == null) {
			throw RuleViolationException.onField("kind", "consultation.hearing.error.kind");
		}
		String t = Consultation.clean(title);
		if (t == null || t.length() > Consultation.MAX_TITLE) {
			throw RuleViolationException.onField("title", "consultation.error.title", Consultation.MAX_TITLE);
		}
		if (heldAt == null || !heldAt.toLocalDate().isAfter(today)) {
			throw RuleViolationException.onField("heldAt", "consultation.hearing.error.heldAt", today);
		}
		String p = Consultation.clean(place);
		if (p == null) {
			throw RuleViolationException.onField("place", "consultation.hearing.error.place");
		}
		if (capacity < 0 || capacity > 10000) {
			throw RuleViolationException.onField("capacity", "consultation.hearing.error.capacity");
		}
		LocalDate closes = registrationClosesOn;
		if (capacity > 0) {
			if (rule == null) {
				throw RuleViolationException.onField("rule", "consultation.hearing.error.rule");
			}
			if (closes == null || closes.isBefore(today) || !closes.isBefore(heldAt.toLocalDate())) {
				throw RuleViolationException.onField("registrationClosesOn", "consultation.hearing.error.closes",
						today, heldAt.toLocalDate());
			}
		}
		else {
			closes = heldAt.toLocalDate().minusDays(1);
		}
		return new Hearing(null, organisationId, consultationId, kind, t, heldAt, p, capacity,
				rule == null ? SelectionRule.FIRST_COME : rule, closes, Consultation.clean(materials), ANNOUNCED, by);
	}

	/** Citizens register while the registration is open and the hearing takes registrations. */
	public void requireRegistrationOpen(LocalDate today) {
		if (capacity == 0) {
			throw new IllegalTransitionException("consultation.hearing.error.noRegistration");
		}
		if (!ANNOUNCED.equals(status) || today.isAfter(registrationClosesOn)) {
			throw new IllegalTransitionException("consultation.hearing.error.registrationClosed", registrationClosesOn);
		}
	}

	/**
	 * 遴选 — after the registration closes: everyone when there are seats for all; otherwise the first {@code capacity}
	 * registrants in order of registration, or a draw shuffled with the hearing's own seed (its id), which the
	 * returned note records. {@code registrants} are in order of registration; the selected ones are returned.
	 */
	public List<Long> select(List<Long> registrants, LocalDate today) {
		if (!ANNOUNCED.equals(status) || capacity == 0) {
			throw new IllegalTransitionException("consultation.hearing.error.select");
		}
		if (!today.isAfter(registrationClosesOn)) {
			throw new IllegalTransitionException("consultation.hearing.error.selectBeforeClose", registrationClosesOn);
		}
		List<Long> chosen;
		if (registrants.size() <= capacity) {
			chosen = List.copyOf(registrants);
		}
		else if (rule == SelectionRule.FIRST_COME) {
			chosen = List.copyOf(registrants.subList(0, capacity));
		}
		else {
			List<Long> shuffled = new ArrayList<>(registrants);
			Collections.shuffle(shuffled, new Random(seed()));
			chosen = List.copyOf(shuffled.subList(0, capacity));
		}
		status = SELECTED;
		selectedOn = today;
		return chosen;
	}

	/** The lottery's seed: the hearing's id, so that the draw can be repeated from the published registrants. */
	public long seed() {
		return id;
	}

	/** 会后公开 — the minutes or transcript, and the video link, once it was held. */
	public void publishRecord(String newTranscript, String newVideoUrl, LocalDate today) {
		if (PUBLISHED.equals(status) || !today.isAfter(heldAt.toLocalDate().minusDays(1))) {
			throw new IllegalTransitionException("consultation.hearing.error.record", heldAt.toLocalDate());
		}
		String t = Consultation.clean(newTranscript);
		if (t == null) {
			throw RuleViolationException.onField("transcript", "consultation.hearing.error.transcript");
		}
		String url = Consultation.clean(newVideoUrl);
		if (url != null && !(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/"))) {
			throw RuleViolationException.onField("videoUrl", "consultation.error.url");
		}
		transcript = t;
		videoUrl = url;
		status = PUBLISHED;
	}

	public Long id() {
		return id;
	}

	public HearingKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public Long consultationId() {
		return consultationId;
	}

	public LocalDateTime heldAt() {
		return heldAt;
	}

	public String place() {
		return place;
	}

	public int capacity() {
		return capacity;
	}

	public SelectionRule rule() {
		return rule;
	}

	public LocalDate registrationClosesOn() {
		return registrationClosesOn;
	}

	public String materials() {
		return materials;
	}

	public LocalDate selectedOn() {
		return selectedOn;
	}

	public String transcript() {
		return transcript;
	}

	public String videoUrl() {
		return videoUrl;
	}

	public long organisationId() {
		return organisationId;
	}

	public String status() {
		return status;
	}
}
