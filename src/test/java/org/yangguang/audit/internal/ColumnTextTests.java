package org.yangguang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTextTests {

	@Test
	void textThatFitsIsKeptAsItIs() {
		assertThat(ColumnText.fit("县教育局", 10)).isEqualTo("县教育局");
		assertThat(ColumnText.fit(null, 10)).isNull();
	}

	@Test
	void longTextIsCutToTheColumnWithAMark() {
		assertThat(ColumnText.fit("abcdefghijkl", 10)).isEqualTo("abcdefghi…").hasSize(10);
	}

	@Test
	void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
		String text = "abcdefgh\uD842\uDFB7xyz"; // 𠮷 is two UTF-16 units
		assertThat(ColumnText.fit(text, 10)).isEqualTo("abcdefgh…");
	}

	@Test
	void nulCharactersThatPostgresqlCannotStoreAreReplaced() {
		assertThat(ColumnText.fit("a\u0000b", 10)).isEqualTo("a\uFFFDb");
	}
}
