package org.yangguang.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The demo corpus splits at each 篇X heading into the eighteen pieces, without the headings themselves. */
class SeedCorpusHasEighteenPieces {

	@Test
	void theShippedCorpusHasPiecesOneToEighteen() {
		Map<String, String> pieces = SeedCorpus.pieces();
		assertThat(pieces.keySet()).containsExactly("篇一", "篇二", "篇三", "篇四", "篇五", "篇六", "篇七", "篇八", "篇九", "篇十",
				"篇十一", "篇十二", "篇十三", "篇十四", "篇十五", "篇十六", "篇十七", "篇十八");
		assertThat(pieces.values()).allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain("(优质18篇)篇"));
		assertThat(pieces.get("篇一")).startsWith("主持:谢建军。");
		assertThat(pieces.get("篇十二")).contains("余庆县机关效能建设和政务公开督查制度");
	}

	@Test
	void thePrefaceIsNotAPiece() {
		Map<String, String> pieces = SeedCorpus.split("前言\n标题篇一\n甲\n标题篇二\n乙\n");
		assertThat(pieces).containsExactly(Map.entry("篇一", "甲"), Map.entry("篇二", "乙"));
	}
}
