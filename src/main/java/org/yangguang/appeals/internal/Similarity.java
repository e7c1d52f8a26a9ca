package org.yangguang.appeals.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two texts are, for repeats and routing: the Jaccard index of their character bigrams (Chinese has no
 * spaces; bigrams carry most words), ignoring punctuation and spaces. 1 = same bigrams, 0 = none shared.
 */
public final class Similarity {

	/** At least this similar counts as a possible repeat. */
	public static final double REPEAT = 0.35;

	private Similarity() {
	}

	public static double of(String a, String b) {
		Set<String> x = bigrams(a);
		Set<String> y = bigrams(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		Set<String> both = new HashSet<>(x);
		both.retainAll(y);
		Set<String> either = new HashSet<>(x);
		either.addAll(y);
		return (double) both.size() / either.size();
	}

	static Set<String> bigrams(String text) {
		Set<String> grams = new HashSet<>();
		if (text == null) {
			return grams;
		}
		String letters = text.replaceAll("[\\p{P}\\p{S}\\s]", "");
		for (int i = 0; i + 1 < letters.length(); i++) {
			grams.add(letters.substring(i, i + 2));
		}
		return grams;
	}
}
