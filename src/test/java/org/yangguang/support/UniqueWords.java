package org.yangguang.support;

import java.util.UUID;

/** Words and ids no other test uses, so that tests sharing one application and index do not see each other's items. */
public final class UniqueWords {

	private UniqueWords() {
	}

	/** A Chinese stem and eight random letters: one word to the index, found only where this test put it. */
	public static String word(String stem) {
		StringBuilder word = new StringBuilder(stem);
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			word.append((char) ('a' + Character.digit(c, 16)));
		}
		return word.toString();
	}

	/** A numeric item id far above the demo data's. */
	public static String itemId() {
		return String.valueOf(910_000_000L + (long) (Math.random() * 80_000_000L));
	}
}
