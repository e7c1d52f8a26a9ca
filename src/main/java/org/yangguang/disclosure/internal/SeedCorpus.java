package org.yangguang.disclosure.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The eighteen pieces of the seed corpus ({@code demo/disclosure/seed-speeches.txt}), split at each heading that
 * ends in 篇一 … 篇十八; the text before the first heading (the compiler's preface) is not a piece.
 */
public final class SeedCorpus {

	public static final String RESOURCE = "/demo/disclosure/seed-speeches.txt";
	private static final Pattern HEADING = Pattern.compile("(?m)^.*?(篇[一二三四五六七八九十]{1,3})\\s*$");

	private SeedCorpus() {
	}

	/** Piece name (篇一…) to its text, in order. */
	public static Map<String, String> pieces() {
		try (InputStream in = SeedCorpus.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Map<String, String> split(String text) {
		Map<String, String> pieces = new LinkedHashMap<>();
		Matcher m = HEADING.matcher(text);
		String name = null;
		int start = 0;
		while (m.find()) {
			if (name != null) {
				pieces.put(name, text.substring(start, m.start()).strip());
			}
			name = m.group(1);
			start = m.end();
		}
		if (name != null) {
			pieces.put(name, text.substring(start).strip());
		}
		return pieces;
	}
}
