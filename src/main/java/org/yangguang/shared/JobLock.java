package org.yangguang.shared;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A cluster-wide lock on a scheduled job in {@code job_lock}: a node takes it with one conditional UPDATE
 * ({@code … WHERE locked_until < now}), so of several nodes started at the same moment only one runs the job; a
 * node that dies lets the lock expire. Every scheduled sweep of every module takes one before it runs.
 */
@Component
public class JobLock {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final String node = ManagementFactory.getRuntimeMXBean().getName();

	public JobLock(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Takes the lock for {@code hold} if nobody holds it now; true if this node may run the job. */
	public boolean tryAcquire(String name, Duration hold) {
		Instant now = clock.instant();
		jdbc.sql("INSERT INTO job_lock (name, locked_until, locked_by) VALUES (:name, :until, :by) ON CONFLICT DO NOTHING")
			.param("name", name).param("until", utc(Instant.EPOCH)).param("by", "-").update();
		return jdbc.sql("""
				UPDATE job_lock SET locked_until = :until, locked_by = :by
				WHERE name = :name AND locked_until < :now""")
			.param("until", utc(now.plus(hold))).param("by", node).param("name", name)
			.param("now", utc(now)).update() == 1;
	}

	/** Lets others take the lock at once. */
	public void release(String name) {
		jdbc.sql("UPDATE job_lock SET locked_until = :now WHERE name = :name AND locked_by = :by")
			.param("now", utc(clock.instant().minusMillis(1))).param("name", name).param("by", node)
			.update();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
