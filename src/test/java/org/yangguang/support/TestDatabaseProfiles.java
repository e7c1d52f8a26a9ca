package org.yangguang.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database for the whole suite from one property:
 * {@code -Dyangguang.test.db=postgres} runs every Spring test on PostgreSQL
 * (YANGGUANG_DB_URL etc. from the environment), anything else on in-memory H2.
 */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

	public static boolean postgres() {
		return "postgres".equalsIgnoreCase(System.getProperty("yangguang.test.db", "h2"));
	}

	@Override
	public String[] resolve(Class<?> testClass) {
		return postgres() ? new String[] { "test", "postgres", "test-postgres" } : new String[] { "test" };
	}
}
