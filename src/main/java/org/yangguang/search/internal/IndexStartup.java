package org.yangguang.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.yangguang.search.RebuildResult;

/**
 * At startup, brings this node's index up to date before the node reports ready. With
 * {@code --yangguang.search.rebuild=true} it is the rebuild command instead: rebuild the index from the database,
 * then exit.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class IndexStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexStartup.class);

	private final IndexMaintenance maintenance;
	private final SearchProperties properties;
	private final ConfigurableApplicationContext context;

	IndexStartup(IndexMaintenance maintenance, SearchProperties properties, ConfigurableApplicationContext context) {
		this.maintenance = maintenance;
		this.properties = properties;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.rebuild()) {
			maintenance.start();
			return;
		}
		RebuildResult result = maintenance.rebuild();
		log.info("Rebuild command finished: {} items indexed up to change {} in {} ms; exiting", result.items(),
				result.position(), result.took().toMillis());
		System.exit(SpringApplication.exit(context, () -> 0));
	}
}
