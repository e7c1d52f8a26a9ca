package org.yangguang.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yangguang.search.internal.ChangeCursor.Change;

/**
 * Change numbers become visible in commit order, not in number order. The replay cursor applies a change that
 * commits after a higher-numbered one, never applies a change twice while it runs, and gives up a number only
 * when its transaction has had the grace period to commit (it rolled back).
 */
class ChangesAreReplayedInCommitOrder {

	static final Duration GRACE = Duration.ofMinutes(2);
	static final Instant T0 = Instant.parse("2025-03-03T02:00:00Z");

	@Test
	void aChangeCommittedLateIsStillApplied() {
		ChangeCursor cursor = new ChangeCursor(0);

		// 1 and 3 committed, 2 still open
		assertThat(seqs(cursor.advance(List.of(change(1), change(3)), T0, GRACE))).containsExactly(1L, 3L);
		assertThat(cursor.position()).isEqualTo(1);
		assertThat(cursor.gapSpan()).contains(new ChangeCursor.Span(2, 2));

		// 2 commits: read again through the gap span
		assertThat(seqs(cursor.advance(List.of(change(2)), T0.plusSeconds(5), GRACE))).containsExactly(2L);
		assertThat(cursor.position()).isEqualTo(3);
		assertThat(cursor.gapSpan()).isEmpty();
	}

	@Test
	void aNumberThatNeverCommitsIsGivenUpAfterTheGracePeriod() {
		ChangeCursor cursor = new ChangeCursor(10);
		cursor.advance(List.of(change(12)), T0, GRACE);

		cursor.advance(List.of(), T0.plus(GRACE), GRACE);
		assertThat(cursor.position()).isEqualTo(10);

		cursor.advance(List.of(), T0.plus(GRACE).plusSeconds(1), GRACE);
		assertThat(cursor.position()).isEqualTo(12);
	}

	@Test
	void changesReadAgainAreNotAppliedAgain() {
		ChangeCursor cursor = new ChangeCursor(0);
		cursor.advance(List.of(change(1), change(2), change(4)), T0, GRACE);

		// the gap span 3..3 is read again together with rows already applied around it
		assertThat(cursor.advance(List.of(change(2), change(4), change(4)), T0, GRACE)).isEmpty();
	}

	@Test
	void aFilledNumberSplitsItsGap() {
		ChangeCursor cursor = new ChangeCursor(0);
		cursor.advance(List.of(change(1), change(10)), T0, GRACE);
		cursor.advance(List.of(change(5)), T0, GRACE);

		assertThat(cursor.gaps()).extracting(g -> g.from() + "-" + g.to()).containsExactlyInAnyOrder("2-4", "6-9");
		assertThat(cursor.position()).isEqualTo(1);
	}

	@Test
	void afterARebuildRecentMissingNumbersAreWatched() {
		ChangeCursor cursor = ChangeCursor.afterRebuild(100, List.of(98L, 100L), 98, T0);

		assertThat(cursor.position()).isEqualTo(98);
		assertThat(cursor.maxSeen()).isEqualTo(100);
		assertThat(seqs(cursor.advance(List.of(change(99)), T0, GRACE))).containsExactly(99L);
		assertThat(cursor.position()).isEqualTo(100);
	}

	@Test
	void anEmptyTableStartsAtZero() {
		ChangeCursor cursor = ChangeCursor.afterRebuild(0, List.of(), 1, T0);

		assertThat(cursor.position()).isZero();
		assertThat(seqs(cursor.advance(List.of(change(1)), T0, GRACE))).containsExactly(1L);
	}

	/**
	 * Property: transactions take numbers in order and commit (or roll back) in random order, within the grace
	 * period; a poller reads what is visible at random moments, as the replay does. Every committed change is
	 * applied exactly once, and the position never passes a number whose transaction is still open.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyCommittedChangeIsAppliedExactlyOnce(long seed) {
		Random random = new Random(seed);
		int transactions = 300;
		TreeMap<Long, Instant> commitsAt = new TreeMap<>();
		Set<Long> rolledBack = new HashSet<>();
		for (long seq = 1; seq <= transactions; seq++) {
			Instant taken = T0.plusSeconds(seq);
			Instant ends = taken.plusSeconds(random.nextInt(90));
			if (random.nextInt(10) == 0) {
				rolledBack.add(seq);
			}
			commitsAt.put(seq, ends);
		}
		ChangeCursor cursor = new ChangeCursor(0);
		List<Long> applied = new ArrayList<>();
		for (Instant now = T0; now.isBefore(T0.plusSeconds(transactions + 400)); now = now
			.plusMillis(500 + random.nextInt(2500))) {
			Instant at = now;
			List<Change> visible = commitsAt.entrySet().stream()
				.filter(e -> !rolledBack.contains(e.getKey()) && !e.getValue().isAfter(at)).map(e -> change(e.getKey()))
				.toList();
			List<Change> read = new ArrayList<>();
			cursor.gapSpan().ifPresent(span -> visible.stream()
				.filter(c -> c.seq() >= span.from() && c.seq() <= span.to()).forEach(read::add));
			visible.stream().filter(c -> c.seq() > cursor.maxSeen()).limit(50).forEach(read::add);
			applied.addAll(seqs(cursor.advance(read, at, GRACE)));

			long firstOpen = commitsAt.entrySet().stream()
				.filter(e -> !rolledBack.contains(e.getKey()) && e.getValue().isAfter(at)
						&& !T0.plusSeconds(e.getKey()).isAfter(at))
				.mapToLong(e -> e.getKey()).min().orElse(Long.MAX_VALUE);
			assertThat(cursor.position()).as("position at %s", at).isLessThan(firstOpen);
		}
		List<Long> committed = commitsAt.keySet().stream().filter(seq -> !rolledBack.contains(seq)).toList();
		assertThat(applied).containsExactlyInAnyOrderElementsOf(committed);
		assertThat(cursor.position()).isEqualTo(committed.get(committed.size() - 1));
	}

	static Stream<Long> seeds() {
		return Stream.of(1L, 2L, 3L, 17L, 2026L);
	}

	private static Change change(long seq) {
		return new Change(seq, "document", String.valueOf(seq % 7));
	}

	private static List<Long> seqs(List<Change> changes) {
		return changes.stream().map(Change::seq).toList();
	}
}
