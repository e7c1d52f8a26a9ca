package org.yangguang.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.search.internal.ChangeRecorder;
import org.yangguang.support.UniqueWords;

/**
 * The index follows the change table on its own: an item recorded in a committed transaction is found a moment
 * later, its amendment replaces it, and once withdrawn it disappears — also when transactions commit out of
 * number order.
 */
@SearchIntegrationTest
class IndexFollowsPublicationAndWithdrawal {

	static final Duration PATIENCE = Duration.ofSeconds(10);

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	CorpusSource source;

	@Autowired
	ChangeRecorder changes;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void publishedThenAmendedThenWithdrawnItemFollowsInResults() {
		String word = UniqueWords.word("回放");
		String id = UniqueWords.itemId();

		inTransaction(() -> {
			source.publish(id, "关于" + word + "的通知", "正文说明" + word + "的办理要求。", "520329-JYJ", CorpusSource.COLUMN_B);
			changes.record(CorpusSource.NAME, id);
		});
		await().atMost(PATIENCE).until(() -> ids(word).contains(id));

		String amended = UniqueWords.word("修订");
		inTransaction(() -> {
			source.publish(id, "关于" + amended + "的通知（修订）", "正文已修订。", "520329-JYJ", CorpusSource.COLUMN_B);
			changes.record(CorpusSource.NAME, id);
		});
		await().atMost(PATIENCE).until(() -> ids(amended).contains(id));
		assertThat(ids(word)).doesNotContain(id);

		inTransaction(() -> {
			source.withdraw(id);
			changes.record(CorpusSource.NAME, id);
		});
		await().atMost(PATIENCE).until(() -> !ids(amended).contains(id));
	}

	@Test
	void aChangeRolledBackLeavesTheIndexAlone() {
		String word = UniqueWords.word("回滚");
		String id = UniqueWords.itemId();
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.executeWithoutResult(status -> {
			changes.record(CorpusSource.NAME, id);
			status.setRollbackOnly();
		});
		source.publish(id, word, word, "520329", CorpusSource.COLUMN_B);

		searchIndex.applyPendingChanges();

		assertThat(ids(word)).isEmpty();
	}

	@Test
	void aChangeCommittedAfterALaterNumberIsStillApplied() throws Exception {
		String early = UniqueWords.word("先取号");
		String late = UniqueWords.word("后取号");
		String earlyId = UniqueWords.itemId();
		String lateId = UniqueWords.itemId();
		CountDownLatch numbered = new CountDownLatch(1);
		CountDownLatch mayCommit = new CountDownLatch(1);

		CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> inTransaction(() -> {
			source.publish(earlyId, early, early, "520329", CorpusSource.COLUMN_B);
			changes.record(CorpusSource.NAME, earlyId);
			numbered.countDown();
			awaitQuietly(mayCommit);
		}));
		assertThat(numbered.await(10, TimeUnit.SECONDS)).isTrue();
		inTransaction(() -> {
			source.publish(lateId, late, late, "520329", CorpusSource.COLUMN_B);
			changes.record(CorpusSource.NAME, lateId);
		});
		await().atMost(PATIENCE).until(() -> ids(late).contains(lateId));

		mayCommit.countDown();
		slow.get(10, TimeUnit.SECONDS);
		await().atMost(PATIENCE).until(() -> ids(early).contains(earlyId));
	}

	@Test
	void changesMustBeReportedInsideTheChangingTransaction() {
		assertThatThrownBy(() -> changes.record(CorpusSource.NAME, "900001"))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	private List<String> ids(String word) {
		return searchIndex.search(SearchQuery.of(word)).hits().stream().map(SearchHit::id).toList();
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
