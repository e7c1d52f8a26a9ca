package org.yangguang.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.search.CorpusSource;
import org.yangguang.search.SearchHit;
import org.yangguang.search.SearchIndex;
import org.yangguang.search.SearchIntegrationTest;
import org.yangguang.search.SearchQuery;
import org.yangguang.support.UniqueWords;

/**
 * The change table is pruned up to the lowest position of the nodes seen within the node timeout. A node not seen
 * for longer holds nothing back, and when it comes back its index is older than the oldest change kept: it
 * rebuilds from the database instead of missing the pruned changes. (Other test contexts share the database and
 * are live nodes too; they catch up within a poll, hence the waiting.)
 */
@SearchIntegrationTest
class ChangesArePrunedOnceEveryLiveNodeHasPassedThem {

	@Autowired
	ChangePruning pruning;

	@Autowired
	NodePositions nodes;

	@Autowired
	SearchChanges changes;

	@Autowired
	ChangeRecorder recorder;

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	IndexMaintenance thisNode;

	@Autowired
	PublicItems publicItems;

	@Autowired
	SearchProperties properties;

	@Autowired
	CorpusSource source;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	static final Duration PATIENCE = Duration.ofSeconds(10);

	final List<LuceneIndex> otherIndexes = new ArrayList<>();
	final List<String> otherNodeIds = new ArrayList<>(List.of("behind", "away"));

	@AfterEach
	void forgetTheNodesOfThisTest() {
		otherNodeIds.forEach(id -> jdbc.sql("DELETE FROM search_node WHERE node_id = ?").param(id).update());
		otherIndexes.forEach(LuceneIndex::close);
	}

	@Test
	void onlyChangesEveryLiveNodeHasAppliedAreDeleted() {
		searchIndex.applyPendingChanges();
		long passedByAll = thisNode.position();
		long[] later = { publishNew(), publishNew() };
		searchIndex.applyPendingChanges();
		nodes.report("behind", passedByAll, clock.instant());
		nodes.report("away", 0, clock.instant().minus(properties.nodeTimeout()).minusSeconds(60));

		await().atMost(PATIENCE).until(() -> pruning.prune() == passedByAll);

		assertThat(changes.between(0, passedByAll)).isEmpty();
		assertThat(changes.between(passedByAll + 1, Long.MAX_VALUE)).extracting(ChangeCursor.Change::seq)
			.contains(later[0], later[1]);
		assertThat(nodeIds()).contains("behind").doesNotContain("away");
		assertThat(changes.latest()).isGreaterThanOrEqualTo(later[1]);
	}

	@Test
	void aNodeAwayLongerThanTheTimeoutRebuildsWhenItReturns() {
		IndexMaintenance otherNode = anotherNode();
		otherNode.start();
		String word = UniqueWords.word("久别");
		String id = UniqueWords.itemId();
		long seq = publish(id, word);
		jdbc.sql("UPDATE search_node SET seen_at = ? WHERE node_id = ?")
			.params(clock.instant().minus(properties.nodeTimeout()).minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC),
					otherNode.nodeId())
			.update();
		pruning.prune();
		assertThat(nodeIds()).doesNotContain(otherNode.nodeId());

		// meanwhile the live nodes pass the change and a prune deletes it
		new TransactionTemplate(transactions).executeWithoutResult(status -> changes.pruneThrough(seq));
		assertThat(changes.between(seq, seq)).isEmpty();
		assertThat(otherNode.position()).isLessThan(seq);

		otherNode.catchUp();

		assertThat(otherNode.position()).isGreaterThanOrEqualTo(seq);
		assertThat(idsIn(otherIndexes.get(0), word)).containsExactly(id);
	}

	@Test
	void aLiveNodeThatIsBehindHoldsItsChangesBack() {
		IndexMaintenance otherNode = anotherNode();
		otherNode.start();
		long otherPosition = otherNode.position();
		String word = UniqueWords.word("稍后");
		String id = UniqueWords.itemId();
		long seq = publish(id, word);
		searchIndex.applyPendingChanges();

		long prunedThrough = pruning.prune();

		assertThat(prunedThrough).isLessThan(seq).isLessThanOrEqualTo(otherPosition);
		assertThat(changes.between(seq, seq)).isNotEmpty();
		otherNode.catchUp();
		assertThat(idsIn(otherIndexes.get(0), word)).containsExactly(id);
	}

	/** A second node on the same database, with an index of its own. */
	private IndexMaintenance anotherNode() {
		LuceneIndex index = LuceneIndex.temporary(GovernmentTerms.shipped());
		otherIndexes.add(index);
		IndexMaintenance node = new IndexMaintenance(index, changes, publicItems, nodes, properties, clock);
		otherNodeIds.add(node.nodeId());
		return node;
	}

	private long publishNew() {
		String id = UniqueWords.itemId();
		return publish(id, UniqueWords.word("清理"));
	}

	/** Publishes a corpus item and records it; returns the number of its change. */
	private long publish(String id, String word) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			source.publish(id, "关于" + word + "的通知", "正文" + word, "520329", CorpusSource.COLUMN_B);
			recorder.record(CorpusSource.NAME, id);
		});
		return jdbc.sql("SELECT MAX(seq) FROM search_change WHERE source = ? AND item_id = ?")
			.params(CorpusSource.NAME, id).query(Long.class).single();
	}

	private List<String> nodeIds() {
		return jdbc.sql("SELECT node_id FROM search_node").query(String.class).list();
	}

	private static List<String> idsIn(LuceneIndex index, String word) {
		return new IndexQueries(index, GovernmentTerms.shipped()).search(SearchQuery.of(word), null).hits().stream()
			.map(SearchHit::id).toList();
	}
}
