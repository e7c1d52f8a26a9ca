package org.yangguang.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 粘贴拆分 — pasted minutes text split into agenda items on their numbering: 一、二、三… or, when the text has no
 * Chinese numbering, 1. 2. 3. (also 1、 and 1．). A number only counts when it is the next one expected and starts
 * a line or follows the end of a sentence, so the "1、2、" of requirements inside a Chinese-numbered item stay in
 * that item. Each item's first sentence is its topic (关于…), the rest its decision; "由…牵头" gives the lead unit
 * as written and "N个工作日内" the working days. Text before the first number (the preamble) is left out. Pure: no
 * Spring, no database.
 */
public final class MinutesSplitter {

	/** An item as read from the text; {@code lead} is the unit as written ("县教育局"), or null. */
	public record SplitItem(String topic, String decision, String lead, Integer dueWorkingDays) {
	}

	private static final String BOUNDARY = "(?:^|(?<=[\\n\\r。；;！？!?：:\\s]))";
	private static final Pattern CHINESE = Pattern.compile(BOUNDARY + "\\s*([一二三四五六七八九十]{1,3})、");
	private static final Pattern ARABIC = Pattern.compile(BOUNDARY + "\\s*(\\d{1,2})\\s*[.．、](?!\\d)");
	private static final Pattern LEAD = Pattern.compile("由([^，,。；;、：:\\s]{2,30}?)(?:负责)?牵头");
	private static final Pattern LEAD_UNIT = Pattern.compile("牵头单位[：:]\\s*([^，,。；;、\\s]{2,30})");
	private static final Pattern WORKING_DAYS = Pattern.compile("(\\d{1,3})\\s*个工作日");
	private static final int TOPIC_MAX = 80;

	private MinutesSplitter() {
	}

	public static List<SplitItem> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String t = text.replace("\r\n", "\n");
		List<int[]> marks = marks(t, CHINESE, true);
		if (marks.isEmpty()) {
			marks = marks(t, ARABIC, false);
		}
		List<SplitItem> items = new ArrayList<>();
		for (int i = 0; i < marks.size(); i++) {
			int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : t.length();
			String body = t.substring(marks.get(i)[1], end).strip();
			if (!body.isEmpty()) {
				items.add(item(body));
			}
		}
		return items;
	}

	/** [start of the number, start of the text] of each number in sequence 1, 2, 3… */
	private static List<int[]> marks(String text, Pattern pattern, boolean chinese) {
		List<int[]> marks = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		int expected = 1;
		while (m.find()) {
			int n = chinese ? chineseNumber(m.group(1)) : Integer.parseInt(m.group(1));
			if (n == expected) {
				marks.add(new int[] { m.start(1), m.end() });
				expected++;
			}
		}
		return marks;
	}

	/** 一 to 九十九; -1 for anything else. */
	static int chineseNumber(String s) {
		String digits = "一二三四五六七八九";
		int ten = s.indexOf('十');
		if (ten < 0) {
			return s.length() == 1 ? digits.indexOf(s.charAt(0)) + 1 : -1;
		}
		int tens = ten == 0 ? 1 : ten == 1 ? digits.indexOf(s.charAt(0)) + 1 : -1;
		String rest = s.substring(ten + 1);
		int units = rest.isEmpty() ? 0 : rest.length() == 1 ? digits.indexOf(rest.charAt(0)) + 1 : -1;
		return tens <= 0 || units < 0 || rest.contains("十") ? -1 : tens * 10 + units;
	}

	/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (1 to 99), for numbering items the way minutes do. */
	public static String numeral(int n) {
		String digits = "一二三四五六七八九";
		if (n < 1 || n > 99) {
			return Integer.toString(n);
		}
		if (n < 10) {
			return String.valueOf(digits.charAt(n - 1));
		}
		String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10 - 1) + "十";
		return n % 10 == 0 ? tens : tens + digits.charAt(n % 10 - 1);
	}

	private static SplitItem item(String body) {
		String oneLine = body.replaceAll("\\s*\\n\\s*", "\n");
		int stop = firstStop(oneLine);
		String topic = stop < 0 ? oneLine : oneLine.substring(0, stop);
		String decision = stop < 0 ? oneLine : oneLine.substring(stop + 1).strip();
		if (decision.isEmpty()) {
			decision = oneLine;
		}
		topic = topic.strip();
		if (topic.length() > TOPIC_MAX) {
			topic = topic.substring(0, TOPIC_MAX) + "…";
		}
		return new SplitItem(topic, decision, lead(oneLine), workingDays(oneLine));
	}

	private static int firstStop(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '。' || c == '\n' || c == '；' || c == '！' || c == '？') {
				return i;
			}
		}
		return -1;
	}

	private static String lead(String text) {
		Matcher unit = LEAD_UNIT.matcher(text);
		if (unit.find()) {
			return unit.group(1);
		}
		Matcher m = LEAD.matcher(text);
		return m.find() ? m.group(1) : null;
	}

	private static Integer workingDays(String text) {
		Matcher m = WORKING_DAYS.matcher(text);
		return m.find() ? Integer.valueOf(m.group(1)) : null;
	}
}
