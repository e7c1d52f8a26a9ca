package org.yangguang.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.yangguang.shared.RuleViolationException;

/**
 * One search as the public asks it: words (each must occur; a word found as a run of characters counts, so
 * 政务公开 is found inside 基层政务公开), filters that narrow the results, order and page. Built from request
 * parameters by {@link #parse}, which rejects bad input with a message for the parameter concerned.
 *
 * @param text                 the words as typed, trimmed; empty to list everything that matches the filters
 * @param organisationCode     publishing organisation (code), or null
 * @param includeSubordinates  with an organisation: also its departments, townships and villages (default: exactly
 *                             that organisation)
 * @param column               栏目 name, or null
 * @param topic                主题分类, or null
 * @param genre                体裁, or null
 * @param validity             in_force / amended / repealed, or null
 * @param year                 year of publication, or null
 * @param sort                 order
 * @param page                 zero-based page
 * @param size                 hits per page, 1 to {@link #MAX_SIZE}
 */
public record SearchQuery(String text, String organisationCode, boolean includeSubordinates, String column,
		String topic, String genre, String validity, Integer year, SearchSort sort, int page, int size) {

	public static final int DEFAULT_SIZE = 10;
	public static final int MAX_SIZE = 100;
	public static final int MAX_TEXT_LENGTH = 100;
	public static final int MAX_WORDS = 10;
	/** Results beyond this position are not paged to; narrow the search instead. */
	public static final int MAX_POSITION = 10_000;
	public static final int MIN_YEAR = 1949;
	public static final int MAX_YEAR = 2100;
	public static final Set<String> VALIDITIES = Set.of("in_force", "amended", "repealed");

	/** Separators between words: white space (also the ideographic space) and list punctuation. */
	private static final String WORD_SEPARATORS = "[\\s\\u3000,，、;；]+";

	public SearchQuery {
		text = text == null ? "" : text.strip();
		organisationCode = blankToNull(organisationCode);
		column = blankToNull(column);
		topic = blankToNull(topic);
		genre = blankToNull(genre);
		validity = blankToNull(validity);
		if (text.length() > MAX_TEXT_LENGTH) {
			throw RuleViolationException.onField("q", "search.error.tooLong", text(MAX_TEXT_LENGTH));
		}
		if (words(text).size() > MAX_WORDS) {
			throw RuleViolationException.onField("q", "search.error.tooManyWords", text(MAX_WORDS));
		}
		if (validity != null && !VALIDITIES.contains(validity)) {
			throw RuleViolationException.onField("validity", "search.error.validity", validity);
		}
		if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
			throw RuleViolationException.onField("year", "search.error.yearRange", text(year), text(MIN_YEAR),
					text(MAX_YEAR));
		}
		if (page < 0) {
			throw RuleViolationException.onField("page", "search.error.page", text(page));
		}
		if (size < 1 || size > MAX_SIZE) {
			throw RuleViolationException.onField("size", "search.error.size", text(size), text(MAX_SIZE));
		}
		if ((long) page * size >= MAX_POSITION) {
			throw RuleViolationException.onField("page", "search.error.tooDeep", text(MAX_POSITION));
		}
		if (sort == null) {
			sort = text.isEmpty() ? SearchSort.DATE : SearchSort.RELEVANCE;
		}
	}

	/** A search for {@code text}, first page, default size, no filters. */
	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, false, null, null, null, null, null, null, 0, DEFAULT_SIZE);
	}

	/**
	 * Reads request parameters as typed (any may be null or blank). Rejects, naming the parameter: a page that is
	 * not a whole number ≥ 0, a size outside 1–100, a year that is not a four-digit year, an unknown order or
	 * validity, and text over 100 characters.
	 */
	public static SearchQuery parse(String q, String org, String subtree, String column, String topic, String genre,
			String validity, String year, String sort, String page, String size) {
		return new SearchQuery(q, org, flag("subtree", subtree), column, topic, genre, validity,
				number("year", year, "search.error.year"), order(sort),
				orZero(number("page", page, "search.error.page")),
				orDefault(number("size", size, "search.error.size", text(MAX_SIZE)), DEFAULT_SIZE));
	}

	/** The words of the query: every one of them must be found. */
	public List<String> words() {
		return words(text);
	}

	public boolean hasText() {
		return !text.isEmpty();
	}

	public boolean hasFilters() {
		return organisationCode != null || column != null || topic != null || genre != null || validity != null
				|| year != null;
	}

	/** The same search on another page. */
	public SearchQuery onPage(int otherPage) {
		return new SearchQuery(text, organisationCode, includeSubordinates, column, topic, genre, validity, year, sort,
				otherPage, size);
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.split(WORD_SEPARATORS)).filter(w -> !w.isEmpty()).toList();
	}

	/** A whole number, or null if blank; otherwise rejected with {@code messageKey}(value, more...). */
	private static Integer number(String parameter, String value, String messageKey, Object... more) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String digits = value.strip();
		if (!digits.matches("-?\\d{1,9}")) {
			Object[] args = new Object[more.length + 1];
			args[0] = digits;
			System.arraycopy(more, 0, args, 1, more.length);
			throw RuleViolationException.onField(parameter, messageKey, args);
		}
		return Integer.valueOf(digits);
	}

	private static boolean flag(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true", "on", "1", "yes" -> true;
			case "false", "off", "0", "no" -> false;
			default -> throw RuleViolationException.onField(parameter, "search.error.flag", value.strip());
		};
	}

	private static SearchSort order(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(SearchSort.values()).filter(s -> s.key().equals(value.strip().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> RuleViolationException.onField("sort", "search.error.sort", value.strip()));
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}

	private static int orDefault(Integer value, int fallback) {
		return value == null ? fallback : value;
	}

	/** Numbers go into messages as written, without digit grouping (2024, not 2,024). */
	private static String text(int number) {
		return String.valueOf(number);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
