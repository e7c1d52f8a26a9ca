package org.yangguang.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.inforequest.RequestApi.body;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yangguang.shared.JobLock;
import org.yangguang.inforequest.internal.RequestSweep;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

/**
 * 到期处理: no correction or no payment by the due date closes the request as other handling; a silent third party
 * lets the clock run again. Only one node sweeps at a time.
 */
@IntegrationTest
class SweepClosesRequestsWhosePeriodEnded {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RequestSweep sweep;

	@Autowired
	JobLock lock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	/** Lets the period end: the stored due date moves to yesterday, as if the applicant had let the days pass. */
	void periodEndedYesterday(String no, String dueColumn) {
		LocalDate yesterday = LocalDate.now(clock).minusDays(1);
		jdbc.sql("UPDATE inforequest_request SET " + dueColumn + " = :d, waiting_due_on = :d WHERE tracking_no = :no")
			.param("d", yesterday).param("no", no).update();
	}

	@Test
	void noCorrectionNoPaymentAndThirdPartySilence() {
		RequestApi requests = new RequestApi(new Api(rest));
		String unclear = requests.apply("citizen1", "520329-JYJ", "那个文件");
		requests.ok(unclear, "correction", body("items", List.of("请写明文件名称")), "clerk");
		String unpaid = requests.apply("citizen1", "520329-JYJ", "全部档案");
		requests.ok(unpaid, "fee-notice", body("method", "per_page", "pages", 300), "clerk");
		String consulted = requests.apply("citizen1", "520329-JYJ", "某企业材料");
		requests.ok(consulted, "third-party", body("party", "某企业"), "clerk");
		String waiting = requests.apply("citizen1", "520329-JYJ", "仍在补正期内");
		requests.ok(waiting, "correction", body("items", List.of("请写明文件名称")), "clerk");

		periodEndedYesterday(unclear, "correction_due_on");
		periodEndedYesterday(unpaid, "fee_due_on");
		periodEndedYesterday(consulted, "third_party_due_on");

		sweep.sweep();

		var closed = requests.get(unclear, "citizen1");
		assertThat(closed.get("status").asString()).isEqualTo("closed");
		assertThat(closed.get("outcome").asString()).isEqualTo("other.noCorrection");
		assertThat(requests.get(unpaid, "citizen1").get("outcome").asString()).isEqualTo("other.noFee");
		var resumed = requests.get(consulted, "clerk");
		assertThat(resumed.get("status").asString()).isEqualTo("in_progress");
		assertThat(resumed.get("events").findValuesAsString("action")).contains("third-party-silent");
		assertThat(requests.get(waiting, "citizen1").get("status").asString()).isEqualTo("awaiting_correction");
	}

	@Test
	void onlyOneNodeHoldsTheSweepLock() {
		String name = "inforequest.test-" + System.nanoTime();
		assertThat(lock.tryAcquire(name, Duration.ofMinutes(5))).isTrue();
		assertThat(lock.tryAcquire(name, Duration.ofMinutes(5))).isFalse();
		lock.release(name);
		assertThat(lock.tryAcquire(name, Duration.ofMinutes(5))).isTrue();
		lock.release(name);
	}
}
