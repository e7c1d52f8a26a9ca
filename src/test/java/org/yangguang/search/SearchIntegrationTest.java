package org.yangguang.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.yangguang.support.IntegrationTest;

/**
 * The whole application (as {@link IntegrationTest}) plus the {@link CorpusSource}, so that search tests have
 * content of their own whatever the other modules publish, and an index in a temporary directory (also on
 * PostgreSQL). All search integration tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import(CorpusSource.class)
@TestPropertySource(properties = "yangguang.search.path=temp")
public @interface SearchIntegrationTest {
}
