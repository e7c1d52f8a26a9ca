package org.yangguang.disclosure.internal;

import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationChange;
import org.yangguang.organisation.OrganisationChanged;
import org.yangguang.organisation.Organisations;

/**
 * Gives every organisation its standard columns: a new organisation in the transaction that creates it, and at
 * start-up every active organisation that has none yet (organisations created before this module existed, and
 * the demo organisations). One query finds those that lack columns.
 */
@Component
@Order(20)
class CatalogSetup implements ApplicationRunner {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CatalogSetup.class);

	private final Catalog catalog;
	private final ColumnRepository columns;
	private final Organisations organisations;

	CatalogSetup(Catalog catalog, ColumnRepository columns, Organisations organisations) {
		this.catalog = catalog;
		this.columns = columns;
		this.organisations = organisations;
	}

	@Override
	public void run(ApplicationArguments args) {
		Set<Long> done = columns.organisationsWithColumns();
		int added = 0;
		for (Organisation org : organisations.active()) {
			if (!done.contains(org.id())) {
				added += catalog.ensureStandardColumns(org);
			}
		}
		if (added > 0) {
			log.info("Standard disclosure columns added: {}", added);
		}
	}

	@EventListener
	void on(OrganisationChanged event) {
		if (event.change() == OrganisationChange.CREATED) {
			organisations.find(event.organisationId()).ifPresent(catalog::ensureStandardColumns);
		}
	}
}
