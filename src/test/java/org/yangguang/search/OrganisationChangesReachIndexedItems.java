package org.yangguang.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.organisation.NewOrganisation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;
import org.yangguang.search.internal.ChangeRecorder;
import org.yangguang.support.UniqueWords;

/**
 * Indexed items show their organisation's name and are filtered by its place in the tree: when an organisation is
 * renamed its items show the new name, and when it moves they are found under its new parent, without the
 * organisation module telling search anything but its {@code OrganisationChanged} event.
 */
@SearchIntegrationTest
class OrganisationChangesReachIndexedItems {

	/** The listener runs after the organisation's commit, on a thread of its own; the poller follows. */
	static final Duration PATIENCE = Duration.ofSeconds(10);

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	CorpusSource source;

	@Autowired
	ChangeRecorder changes;

	@Autowired
	Organisations organisations;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aRenamedOrganisationsItemsShowTheNewName() {
		Organisation office = newOffice("检索更名前办公室", organisations.getByCode("520329").id());
		String word = UniqueWords.word("更名");
		String id = publish(word, office);
		assertThat(hits(SearchQuery.of(word))).singleElement()
			.satisfies(hit -> assertThat(hit.organisationName()).isEqualTo(office.name()));

		String newName = office.name().replace("更名前", "更名后");
		organisations.rename(office.id(), newName, "机构改革");

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(hits(SearchQuery.of(word))).singleElement()
			.satisfies(hit -> {
				assertThat(hit.id()).isEqualTo(id);
				assertThat(hit.organisationName()).isEqualTo(newName);
			}));
	}

	@Test
	void aMovedOrganisationsItemsAreFoundUnderItsNewParent() {
		long county = organisations.getByCode("520329").id();
		Organisation oldParent = newOffice("检索迁出办公室", county);
		Organisation newParent = newOffice("检索迁入办公室", county);
		Organisation team = newOffice("检索迁移工作组", oldParent.id());
		String word = UniqueWords.word("迁移");
		String id = publish(word, team);
		assertThat(ids(within(word, oldParent))).containsExactly(id);
		assertThat(ids(within(word, newParent))).isEmpty();

		organisations.move(team.id(), newParent.id(), "隶属关系调整");

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids(within(word, newParent))).containsExactly(id));
		assertThat(ids(within(word, oldParent))).isEmpty();
	}

	private Organisation newOffice(String name, long parentId) {
		String suffix = UniqueWords.itemId();
		return organisations.create(new NewOrganisation("T" + suffix, name + suffix, OrganisationKind.DEPARTMENT,
				parentId, null, null, 0));
	}

	private String publish(String word, Organisation organisation) {
		String id = UniqueWords.itemId();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			source.publish(id, "关于" + word + "的通知", "正文" + word, organisation.code(), CorpusSource.COLUMN_B);
			changes.record(CorpusSource.NAME, id);
		});
		searchIndex.applyPendingChanges();
		return id;
	}

	private static SearchQuery within(String word, Organisation organisation) {
		return new SearchQuery(word, organisation.code(), true, null, null, null, null, null, null, 0,
				SearchQuery.DEFAULT_SIZE);
	}

	private List<SearchHit> hits(SearchQuery query) {
		return searchIndex.search(query).hits();
	}

	private List<String> ids(SearchQuery query) {
		return hits(query).stream().map(SearchHit::id).toList();
	}
}
