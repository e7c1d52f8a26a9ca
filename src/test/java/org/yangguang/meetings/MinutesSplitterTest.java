package org.yangguang.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yangguang.meetings.MinutesSplitter.SplitItem;

/** 粘贴拆分: pasted minutes text becomes items on its numbering, with topic, decision, lead unit and working days. */
class MinutesSplitterTest {

	@Test
	void chineseNumberingSplitsItemsAndReadsTopicDecisionLeadAndWorkingDays() {
		List<SplitItem> items = MinutesSplitter.split("""
				会议研究了以下事项，现纪要如下：
				一、关于秋季学期学生资助工作。会议同意县教育局的汇报。由县教育局牵头，县财政局配合，10个工作日内完成资助名单公示。
				二、关于余庆至构皮滩公路改扩建工程。会议要求加快施工进度，由县交通运输局负责牵头。
				三、关于有关人事事项。会议研究了有关人事事项。
				""");

		assertThat(items).hasSize(3);
		assertThat(items.get(0).topic()).isEqualTo("关于秋季学期学生资助工作");
		assertThat(items.get(0).decision()).startsWith("会议同意县教育局的汇报。").contains("10个工作日内");
		assertThat(items.get(0).lead()).isEqualTo("县教育局");
		assertThat(items.get(0).dueWorkingDays()).isEqualTo(10);
		assertThat(items.get(1).lead()).isEqualTo("县交通运输局");
		assertThat(items.get(1).dueWorkingDays()).isNull();
		assertThat(items.get(2).lead()).isNull();
		assertThat(items).noneMatch(i -> i.decision().contains("现纪要如下"));
	}

	@Test
	void itemsOnOneLineAreSplitAfterTheEndOfASentence() {
		List<SplitItem> items = MinutesSplitter.split(
				"一、关于A。会议同意A。二、关于B。会议同意B。三、关于C。会议同意C。");

		assertThat(items).extracting(SplitItem::topic).containsExactly("关于A", "关于B", "关于C");
		assertThat(items).extracting(SplitItem::decision).containsExactly("会议同意A。", "会议同意B。", "会议同意C。");
	}

	@Test
	void arabicNumbersInsideAChineseNumberedItemAndOutOfOrderNumbersStayInTheItem() {
		List<SplitItem> items = MinutesSplitter.split("""
				一、关于办公用房搬迁工作。会议要求：1、搬迁工作由办公室牵头。2、办公区域相对集中。
				二、关于暑期安全稳定工作。会议要求由县教育局牵头，放假前组织一次安全检查。
				四、不按顺序的编号不算新的一项。
				""");

		assertThat(items).hasSize(2);
		assertThat(items.get(0).decision()).contains("1、搬迁工作由办公室牵头。2、办公区域相对集中。");
		assertThat(items.get(0).lead()).isEqualTo("办公室");
		assertThat(items.get(1).decision()).contains("四、不按顺序的编号不算新的一项");
	}

	@Test
	void arabicNumberingIsUsedWhenThereIsNoChineseNumbering() {
		List<SplitItem> items = MinutesSplitter.split("""
				1. 关于政务公开栏更新。牵头单位：县政务服务中心，20个工作日内完成。
				2. 关于监督检查。领导小组不定期开展检查，版本1.5不是新的一项。
				""");

		assertThat(items).hasSize(2);
		assertThat(items.get(0).lead()).isEqualTo("县政务服务中心");
		assertThat(items.get(0).dueWorkingDays()).isEqualTo(20);
		assertThat(items.get(1).decision()).contains("1.5");
	}

	@Test
	void tenAndAboveAreReadInChinese() {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= 12; i++) {
			text.append(MinutesSplitter.numeral(i)).append("、关于第").append(i).append("项。会议同意。\n");
		}
		List<SplitItem> items = MinutesSplitter.split(text.toString());

		assertThat(items).hasSize(12);
		assertThat(items.get(9).topic()).isEqualTo("关于第10项");
		assertThat(items.get(11).topic()).isEqualTo("关于第12项");
		assertThat(MinutesSplitter.numeral(21)).isEqualTo("二十一");
		assertThat(MinutesSplitter.chineseNumber("二十一")).isEqualTo(21);
		assertThat(MinutesSplitter.chineseNumber("十十")).isEqualTo(-1);
	}

	@Test
	void textWithoutNumberingGivesNoItems() {
		assertThat(MinutesSplitter.split("会议听取了汇报。")).isEmpty();
		assertThat(MinutesSplitter.split("  ")).isEmpty();
		assertThat(MinutesSplitter.split(null)).isEmpty();
	}
}
