package org.yangguang.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.ColumnFreshness;
import org.yangguang.disclosure.ColumnListing;
import org.yangguang.disclosure.DocumentSummary;
import org.yangguang.disclosure.ResultPage;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.shared.NotFoundException;

/**
 * What the portal and the kiosk show for a column: the public documents filed in it and in its active
 * sub-columns (not in a retired one, nor in its siblings); a retired column, or one asked for under another
 * organisation, is not found.
 */
class AColumnHoldsItsOwnAndItsSubColumnsDocuments {

	static final Organisation BUREAU = new Organisation(7, "520329-JYJ", "余庆县教育局", OrganisationKind.DEPARTMENT, 1L,
			"/1/7/", null, Organisation.Contact.NONE, 10, null, null);

	static final CatalogColumn POLICY = column(10, null, "政策", null);
	static final CatalogColumn FILES = column(11, 10L, "政策文件", null);
	static final CatalogColumn OLD = column(12, 10L, "旧政策", Instant.parse("2025-01-01T00:00:00Z"));
	static final CatalogColumn NOTICES = column(20, null, "通知公告", null);

	final Catalog catalog = mock(Catalog.class);
	final DocumentQueries queries = mock(DocumentQueries.class);
	final ColumnContents contents = new ColumnContents(catalog, queries);

	@BeforeEach
	void catalog() {
		for (CatalogColumn c : List.of(POLICY, FILES, OLD, NOTICES)) {
			when(catalog.get(c.id())).thenReturn(c);
		}
		when(catalog.activeColumns(BUREAU.id())).thenReturn(List.of(POLICY, FILES, NOTICES));
		when(catalog.organisation(BUREAU.id())).thenReturn(BUREAU);
		when(queries.publishedInColumns(anyList(), anyInt(), anyInt()))
			.thenReturn(new ResultPage<DocumentSummary>(List.of(), 0, 20, 0));
	}

	@Test
	void aTopLevelColumnListsItselfAndItsActiveSubColumns() {
		ColumnListing listing = contents.listing(POLICY.id(), 0, 20);

		verify(queries).publishedInColumns(List.of(10L, 11L), 0, 20);
		assertThat(listing.children()).containsExactly(FILES);
		assertThat(listing.parent()).isNull();
		assertThat(listing.organisation()).isEqualTo(BUREAU);
	}

	@Test
	void aSubColumnListsOnlyItselfAndKnowsItsParent() {
		ColumnListing listing = contents.listing(BUREAU.id(), FILES.id(), 1, 20);

		verify(queries).publishedInColumns(List.of(11L), 1, 20);
		assertThat(listing.children()).isEmpty();
		assertThat(listing.parent()).isEqualTo(POLICY);
	}

	@Test
	void aRetiredColumnIsNotFound() {
		assertThatThrownBy(() -> contents.listing(OLD.id(), 0, 20)).isInstanceOf(NotFoundException.class);
		verify(queries, never()).publishedInColumns(anyList(), anyInt(), anyInt());
	}

	@Test
	void aColumnAskedForUnderAnotherOrganisationIsNotFound() {
		assertThatThrownBy(() -> contents.listing(99L, NOTICES.id(), 0, 20)).isInstanceOf(NotFoundException.class);
		verify(queries, never()).publishedInColumns(anyList(), anyInt(), anyInt());
	}

	private static CatalogColumn column(long id, Long parentId, String name, Instant retiredAt) {
		return new CatalogColumn(id, 7, parentId, null, name, ColumnFreshness.REGULAR, null, 10, retiredAt);
	}
}
