package org.yangguang.disclosure;

import java.util.Collection;

/**
 * What a reader filters the public catalog by; null means "any".
 *
 * @param organisationIds publishing organisations (empty: none at all)
 * @param year            year of publication
 */
public record CatalogFilter(Collection<Long> organisationIds, Long columnId, String columnName, Topic topic,
		Genre genre, Integer year, Validity validity) {

	/** Everything public. */
	public static final CatalogFilter ALL = new CatalogFilter(null, null, null, null, null, null, null);

	public static CatalogFilter of(Collection<Long> organisationIds) {
		return new CatalogFilter(organisationIds, null, null, null, null, null, null);
	}

	public CatalogFilter column(Long id) {
		return new CatalogFilter(organisationIds, id, columnName, topic, genre, year, validity);
	}

	public CatalogFilter columnNamed(String name) {
		return new CatalogFilter(organisationIds, columnId, name, topic, genre, year, validity);
	}

	public CatalogFilter topic(Topic t) {
		return new CatalogFilter(organisationIds, columnId, columnName, t, genre, year, validity);
	}

	public CatalogFilter genre(Genre g) {
		return new CatalogFilter(organisationIds, columnId, columnName, topic, g, year, validity);
	}

	public CatalogFilter year(Integer y) {
		return new CatalogFilter(organisationIds, columnId, columnName, topic, genre, y, validity);
	}

	public CatalogFilter validity(Validity v) {
		return new CatalogFilter(organisationIds, columnId, columnName, topic, genre, year, v);
	}
}
