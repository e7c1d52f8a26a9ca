package org.yangguang.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 回放位置 — how far this node has replayed the change table. Sequence numbers are handed out when a change is
 * written but become visible when its transaction commits, so a lower number can appear after a higher one. The
 * cursor therefore remembers the numbers it has not seen yet (gaps) and reads them again until they appear or a
 * grace period passes (their transaction rolled back). Its {@link #position()} — everything up to it is applied —
 * is what the index commit keeps; replaying a change twice is harmless.
 */
final class ChangeCursor {

	/**
	 * One row of the change table: an item of a source, or one of the markers below (their source starts with
	 * {@code *}, which no source name does).
	 */
	record Change(long seq, String source, String itemId) {

		/** Written by a rebuild request: every node rebuilds its index. */
		static final String REBUILD = "*";
		/** Every item the organisation {@code itemId} published is read again (its name changed). */
		static final String ORGANISATION = "*organisation";
		/** Every item of the organisation {@code itemId} or one below it is read again (the tree changed). */
		static final String WITHIN = "*within";

		boolean isRebuild() {
			return REBUILD.equals(source);
		}

		boolean isOrganisationWide() {
			return ORGANISATION.equals(source) || WITHIN.equals(source);
		}
	}

	/** Numbers {@code from}–{@code to} (inclusive), missing since {@code since}. */
	record Gap(long from, long to, Instant since) {
	}

	/** The range of numbers to read again: from the first gap's start to the last gap's end. */
	record Span(long from, long to) {
	}

	private long maxSeen;
	private final List<Gap> gaps;

	ChangeCursor(long position) {
		this(position, new ArrayList<>());
	}

	private ChangeCursor(long maxSeen, List<Gap> gaps) {
		this.maxSeen = maxSeen;
		this.gaps = gaps;
	}

	/**
	 * The cursor of an index rebuilt from the database when {@code latest} was the newest change: numbers missing
	 * among the last ones ({@code recent}, all numbers from {@code windowStart} up to {@code latest} that exist) may
	 * belong to transactions still running, so they are watched like any gap.
	 */
	static ChangeCursor afterRebuild(long latest, List<Long> recent, long windowStart, Instant now) {
		ChangeCursor cursor = new ChangeCursor(Math.max(0, windowStart - 1));
		cursor.advance(recent.stream().map(seq -> new Change(seq, "", "")).toList(), now, Duration.ZERO.plusDays(1));
		cursor.maxSeen = Math.max(cursor.maxSeen, latest);
		return cursor;
	}

	ChangeCursor copy() {
		return new ChangeCursor(maxSeen, new ArrayList<>(gaps));
	}

	/** Everything up to this number has been applied. */
	long position() {
		return gaps.stream().mapToLong(Gap::from).min().orElse(maxSeen + 1) - 1;
	}

	/** The highest number read; new changes are those after it. */
	long maxSeen() {
		return maxSeen;
	}

	List<Gap> gaps() {
		return List.copyOf(gaps);
	}

	Optional<Span> gapSpan() {
		if (gaps.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Span(gaps.stream().mapToLong(Gap::from).min().orElseThrow(),
				gaps.stream().mapToLong(Gap::to).max().orElseThrow()));
	}

	/**
	 * Takes the rows just read (re-read gap numbers and new ones) and returns those not applied before, in order.
	 * Gaps older than {@code grace} are given up.
	 */
	List<Change> advance(List<Change> read, Instant now, Duration grace) {
		List<Change> toApply = new ArrayList<>();
		List<Change> sorted = read.stream().sorted(Comparator.comparingLong(Change::seq)).distinct().toList();
		for (Change change : sorted) {
			long seq = change.seq();
			if (seq > maxSeen) {
				if (seq > maxSeen + 1) {
					gaps.add(new Gap(maxSeen + 1, seq - 1, now));
				}
				maxSeen = seq;
				toApply.add(change);
			}
			else if (fill(seq)) {
				toApply.add(change);
			}
		}
		gaps.removeIf(gap -> gap.since().plus(grace).isBefore(now));
		return toApply;
	}

	/** Removes {@code seq} from the gap holding it; false if it was in none (already applied). */
	private boolean fill(long seq) {
		for (int i = 0; i < gaps.size(); i++) {
			Gap gap = gaps.get(i);
			if (seq >= gap.from() && seq <= gap.to()) {
				gaps.remove(i);
				if (seq > gap.from()) {
					gaps.add(new Gap(gap.from(), seq - 1, gap.since()));
				}
				if (seq < gap.to()) {
					gaps.add(new Gap(seq + 1, gap.to(), gap.since()));
				}
				return true;
			}
		}
		return false;
	}
}
