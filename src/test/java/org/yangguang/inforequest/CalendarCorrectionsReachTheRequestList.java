package org.yangguang.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.calendar.TimeLimitId;
import org.yangguang.calendar.TimeLimitRecomputed;
import org.yangguang.calendar.TimeLimitStatus;
import org.yangguang.calendar.TimeLimits;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

/**
 * When the calendar module recomputes a request's time limit ({@link TimeLimitRecomputed}, after an administrator
 * corrected a year), the request list's stored reply deadline follows: the event arrives at this module's listener.
 */
@IntegrationTest
class CalendarCorrectionsReachTheRequestList {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TimeLimits timeLimits;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recomputedReplyDeadlineIsStoredForTheList() {
		String no = new RequestApi(new Api(rest)).apply("citizen1", "520329-JYJ", "2025年教师招聘计划");
		TimeLimitStatus reply = timeLimits.forSubject("information-request", no).get(0);
		LocalDate stale = reply.deadline().minusDays(40);
		jdbc.sql("UPDATE inforequest_request SET reply_due_on = :d WHERE tracking_no = :no").param("d", stale)
			.param("no", no).update();

		transactions.executeWithoutResult(tx -> events.publishEvent(new TimeLimitRecomputed(
				new TimeLimitId(reply.id().value()), reply.kind(), "information-request", no, stale, reply.deadline(),
				false, reply.deadline().getYear(), "测试：更正日历")));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT reply_due_on FROM inforequest_request WHERE tracking_no = :no").param("no", no)
			.query(LocalDate.class).single()).isEqualTo(reply.deadline()));
	}
}
