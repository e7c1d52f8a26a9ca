package org.yangguang.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;
import org.yangguang.support.UniqueWords;

/**
 * A published service guide is found in site search by its name and by its materials, with a link to its guide page;
 * the demo catalog is found too.
 */
@IntegrationTest
class ServiceGuidesAreFoundInSiteSearch {

	@Autowired
	TestRestTemplate rest;

	@Test
	void aPublishedGuideIsFoundByItsNameAndLinksToItsPage() {
		Api api = new Api(rest);
		String word = UniqueWords.word("检索事项");
		String code = new ServiceCaseApi(api).publishOwnItem(word + "登记");
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			String hits = Api.read(api.get("/api/v1/search?q=" + word, null)).get("hits").toString();
			assertThat(hits).contains("/services/items/" + code).contains("service-item");
		});
	}
}
