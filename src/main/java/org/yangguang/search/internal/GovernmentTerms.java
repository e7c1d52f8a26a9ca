package org.yangguang.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 政务术语词典 — the government terms that search keeps whole (依申请公开, 办结, 好差评…), shipped as
 * {@code search/government-terms.txt}. Matching is longest-first at each position, on a character trie.
 */
public final class GovernmentTerms {

	static final String RESOURCE = "search/government-terms.txt";

	private static final GovernmentTerms SHIPPED = load();

	private final Node root = new Node();
	private final Set<String> terms;

	private GovernmentTerms(Collection<String> terms) {
		this.terms = Set.copyOf(new TreeSet<>(terms));
		this.terms.forEach(this::add);
	}

	/** The dictionary that ships with the platform. */
	public static GovernmentTerms shipped() {
		return SHIPPED;
	}

	/** A dictionary of the given terms (blank and one-character entries are ignored). */
	public static GovernmentTerms of(Collection<String> terms) {
		return new GovernmentTerms(terms.stream().map(String::strip).filter(t -> t.length() >= 2).toList());
	}

	public Set<String> terms() {
		return terms;
	}

	/** The length of the longest term that starts at {@code offset} and ends before {@code end}, or 0. */
	public int longestMatch(char[] text, int offset, int end) {
		Node node = root;
		int longest = 0;
		for (int i = offset; i < end; i++) {
			node = node.children.get(text[i]);
			if (node == null) {
				break;
			}
			if (node.terminal) {
				longest = i - offset + 1;
			}
		}
		return longest;
	}

	private void add(String term) {
		Node node = root;
		for (char c : term.toCharArray()) {
			node = node.children.computeIfAbsent(c, k -> new Node());
		}
		node.terminal = true;
	}

	private static GovernmentTerms load() {
		try (InputStream in = GovernmentTerms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The search dictionary " + RESOURCE + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return of(reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final class Node {
		final Map<Character, Node> children = new HashMap<>(4);
		boolean terminal;
	}
}
