package org.yangguang.search.internal;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** This node's index: where it lives and the objects that read and write it. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	GovernmentTerms governmentTerms() {
		return GovernmentTerms.shipped();
	}

	@Bean(destroyMethod = "close")
	LuceneIndex luceneIndex(SearchProperties properties, Environment environment, GovernmentTerms terms) {
		String path = properties.path();
		if (path == null || path.isBlank()) {
			String database = environment.getProperty("spring.datasource.url", "");
			path = database.startsWith("jdbc:h2:mem:") ? SearchProperties.TEMPORARY : SearchProperties.DEFAULT_PATH;
		}
		if (SearchProperties.TEMPORARY.equals(path.strip())) {
			return LuceneIndex.temporary(terms);
		}
		Path directory = Path.of(path.strip()).toAbsolutePath().normalize();
		return properties.rebuild() ? LuceneIndex.openExclusively(directory, terms)
				: LuceneIndex.open(directory, terms);
	}

	@Bean
	IndexQueries indexQueries(LuceneIndex index, GovernmentTerms terms) {
		return new IndexQueries(index, terms);
	}
}
