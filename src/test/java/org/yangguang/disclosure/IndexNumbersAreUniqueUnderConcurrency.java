package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.yangguang.disclosure.internal.IndexNumber;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** 索引号 are handed out under a row lock: documents published at the same moment get distinct, gapless numbers. */
@IntegrationTest
class IndexNumbersAreUniqueUnderConcurrency {

	@Autowired
	TestRestTemplate rest;

	@Test
	void parallelPublicationsGetDistinctSequentialNumbers() throws Exception {
		Api api = new Api(rest);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			long id = Disclosure.create(api, "clerk", Disclosure.draft(Disclosure.unique("并发发布 " + i)));
			Disclosure.step(api, "clerk", id, "submit", null);
			Disclosure.step(api, "leader", id, "review", Disclosure.approve());
			ids.add(id);
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<JsonNode>> results = new ArrayList<>();
		for (long id : ids) {
			Callable<JsonNode> publish = () -> Disclosure.step(api, "leader", id, "publish", null);
			results.add(pool.submit(publish));
		}
		List<IndexNumber> numbers = new ArrayList<>();
		for (Future<JsonNode> f : results) {
			numbers.add(IndexNumber.parse(f.get().get("indexNo").asString()));
		}
		pool.shutdown();
		assertThat(numbers).extracting(IndexNumber::toString).doesNotHaveDuplicates();
		assertThat(numbers).extracting(IndexNumber::prefix).containsOnly(numbers.get(0).prefix());
		List<Integer> sequences = numbers.stream().map(IndexNumber::sequence).sorted().toList();
		assertThat(sequences.get(sequences.size() - 1) - sequences.get(0)).isEqualTo(ids.size() - 1);
	}
}
