package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.calendar.Official.CALENDAR;
import static org.yangguang.calendar.Official.date;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.calendar.TimeLimitChange.Kind;

/** Every change is recorded in order, and replaying the record gives the same time limit. */
class HistoryRebuildsTheTimeLimit {

	private final TimeLimit limit = TimeLimit.start(date("2024-03-01"), 10).pause(date("2024-03-05"), "补正")
			.resume(date("2024-03-07"), "已补正").extend(5, date("2024-03-08"), "延期")
			.recomputed(date("2024-03-09"), "2024 年日历已更正").close(date("2024-03-20"), "已答复");

	@Test
	void historyListsEveryChangeInOrder() {
		assertThat(limit.history()).extracting(TimeLimitChange::kind).containsExactly(Kind.STARTED, Kind.PAUSED,
				Kind.RESUMED, Kind.EXTENDED, Kind.RECOMPUTED, Kind.CLOSED);
		assertThat(limit.history().get(3).workingDays()).isEqualTo(5);
		assertThat(limit.history().get(1).reason()).isEqualTo("补正");
	}

	@Test
	void replayGivesAnEqualTimeLimitWithTheSameDeadline() {
		TimeLimit replayed = TimeLimit.replay(limit.history());

		assertThat(replayed).isEqualTo(limit);
		assertThat(replayed.deadline(CALENDAR)).isEqualTo(limit.deadline(CALENDAR));
		assertThat(replayed.closedOn()).contains(date("2024-03-20"));
	}

	@Test
	void historyMustBeginWithTheStart() {
		assertThatThrownBy(() -> TimeLimit.replay(List.of(new TimeLimitChange(Kind.PAUSED, date("2024-03-01"), 0, null))))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
