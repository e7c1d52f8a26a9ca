package org.yangguang.consultation.internal;

import java.util.ArrayList;
import java.util.List;

import org.yangguang.consultation.ConsultationView.DiffPart;

/**
 * The final decision against the draft, as a reader sees changes in a legal text: sentence by sentence (a sentence
 * ends with 。；！？ and the line break after it, or a line break), and within a sentence that was rewritten, character by character.
 */
public final class TextDiff {

	private static final int CHARACTER_DIFF_LIMIT = 400;

	private TextDiff() {
	}

	public static List<DiffPart> between(String draft, String result) {
		List<DiffPart> parts = new ArrayList<>();
		List<String> a = sentences(draft);
		List<String> b = sentences(result);
		List<DiffPart> coarse = lcs(a, b);
		for (int i = 0; i < coarse.size(); i++) {
			DiffPart p = coarse.get(i);
			DiffPart next = i + 1 < coarse.size() ? coarse.get(i + 1) : null;
			if (p.kind().equals("del") && next != null && next.kind().equals("ins")
					&& p.text().length() <= CHARACTER_DIFF_LIMIT && next.text().length() <= CHARACTER_DIFF_LIMIT) {
				lcs(characters(p.text()), characters(next.text())).forEach(x -> add(parts, x.kind(), x.text()));
				i++;
			}
			else {
				add(parts, p.kind(), p.text());
			}
		}
		return parts;
	}

	static List<String> sentences(String text) {
		List<String> out = new ArrayList<>();
		if (text == null) {
			return out;
		}
		StringBuilder current = new StringBuilder();
		String t = text.strip();
		for (int i = 0; i < t.length(); i++) {
			char ch = t.charAt(i);
			current.append(ch);
			boolean end = "。；！？\n".indexOf(ch) >= 0;
			if (end && ch != '\n' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
				current.append('\n');
				i++;
			}
			if (end) {
				out.add(current.toString());
				current.setLength(0);
			}
		}
		if (!current.isEmpty()) {
			out.add(current.toString());
		}
		return out;
	}

	private static List<String> characters(String s) {
		return s.codePoints().mapToObj(Character::toString).toList();
	}

	/** Longest common subsequence of the two token lists, as runs of same / del / ins. */
	private static List<DiffPart> lcs(List<String> a, List<String> b) {
		int n = a.size();
		int m = b.size();
		int[][] len = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
			}
		}
		List<DiffPart> out = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && a.get(i).equals(b.get(j))) {
				add(out, "same", a.get(i++));
				j++;
			}
			else if (i < n && (j == m || len[i + 1][j] >= len[i][j + 1])) {
				add(out, "del", a.get(i++));
			}
			else {
				add(out, "ins", b.get(j++));
			}
		}
		return out;
	}

	private static void add(List<DiffPart> parts, String kind, String text) {
		if (!parts.isEmpty() && parts.get(parts.size() - 1).kind().equals(kind)) {
			DiffPart last = parts.remove(parts.size() - 1);
			parts.add(new DiffPart(kind, last.text() + text));
		}
		else {
			parts.add(new DiffPart(kind, text));
		}
	}
}
