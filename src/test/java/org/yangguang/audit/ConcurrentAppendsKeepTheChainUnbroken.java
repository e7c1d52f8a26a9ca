package org.yangguang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yangguang.support.IntegrationTest;

/** Appends from many threads queue on the chain head's row lock, as appends from several nodes do. */
@IntegrationTest
class ConcurrentAppendsKeepTheChainUnbroken {

	private static final int WRITERS = 6;
	private static final int EACH = 20;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void simultaneousAppendsGetDistinctConsecutiveLinks() throws Exception {
		TestEntries mine = new TestEntries(auditLog, jdbc);
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int w = 0; w < WRITERS; w++) {
				writers.add(pool.submit(() -> mine.append(EACH)));
			}
			for (Future<?> writer : writers) {
				writer.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(mine.seqs()).hasSize(WRITERS * EACH).doesNotHaveDuplicates();
		assertThat(auditLog.verify().valid()).isTrue();
	}
}
