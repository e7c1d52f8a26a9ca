package org.yangguang.meetings.internal;

import java.time.LocalDate;
import java.util.List;

import org.yangguang.meetings.MeetingKind;
import org.yangguang.shared.IllegalTransitionException;

/**
 * 会议纪要 — minutes of one meeting of an organisation, drafted and then published (签发) by the office or a leader.
 * The items never change after saving (their tasks run from the meeting date); publishing records who approved.
 */
public final class Minutes {

	/** One agenda item (议定事项), in order; {@code leadOrgId} null when no unit leads a follow-up. */
	public record Item(int seq, String topic, String discussion, String decision, Long leadOrgId, String cooperating,
			LocalDate dueOn, Integer dueWorkingDays, boolean isPublic, String consultationId, List<DocumentLine> documents) {
	}

	/** An implementing document's title and address. */
	public record DocumentLine(String title, String url) {
	}

	Long id;
	final long organisationId;
	final MeetingKind kind;
	final int number;
	final String title;
	final LocalDate heldOn;
	final String place;
	final String host;
	final List<String> attendees;
	final List<String> nonVoting;
	final List<String> absentees;
	final String recorder;
	final String createdBy;
	final List<Item> items;
	boolean published;
	LocalDate publishedOn;
	String approvedBy;

	Minutes(Long id, long organisationId, MeetingKind kind, int number, String title, LocalDate heldOn, String place,
			String host, List<String> attendees, List<String> nonVoting, List<String> absentees, String recorder,
			String createdBy, List<Item> items) {
		this.id = id;
		this.organisationId = organisationId;
		this.kind = kind;
		this.number = number;
		this.title = title;
		this.heldOn = heldOn;
		this.place = place;
		this.host = host;
		this.attendees = List.copyOf(attendees);
		this.nonVoting = List.copyOf(nonVoting);
		this.absentees = List.copyOf(absentees);
		this.recorder = recorder;
		this.createdBy = createdBy;
		this.items = List.copyOf(items);
	}

	/** 签发 — once; a published minutes' page and PDF show its public items. */
	public void publish(LocalDate on, String approver) {
		if (published) {
			throw new IllegalTransitionException("meetings.error.alreadyPublished", id);
		}
		published = true;
		publishedOn = on;
		approvedBy = approver;
	}

	public Long id() {
		return id;
	}

	public long organisationId() {
		return organisationId;
	}

	public MeetingKind kind() {
		return kind;
	}

	public int number() {
		return number;
	}

	public String title() {
		return title;
	}

	public LocalDate heldOn() {
		return heldOn;
	}

	public String place() {
		return place;
	}

	public String host() {
		return host;
	}

	public List<String> attendees() {
		return attendees;
	}

	public List<String> nonVoting() {
		return nonVoting;
	}

	public List<String> absentees() {
		return absentees;
	}

	public String recorder() {
		return recorder;
	}

	public String createdBy() {
		return createdBy;
	}

	public List<Item> items() {
		return items;
	}

	public boolean published() {
		return published;
	}

	public LocalDate publishedOn() {
		return publishedOn;
	}

	public String approvedBy() {
		return approvedBy;
	}
}
