package org.yangguang.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.Classification;
import org.yangguang.disclosure.ContentProblem;
import org.yangguang.disclosure.DocumentContent;
import org.yangguang.disclosure.Genre;
import org.yangguang.disclosure.Keyed;
import org.yangguang.disclosure.Topic;
import org.yangguang.disclosure.VersionContent;
import org.yangguang.disclosure.WithholdingGround;

/**
 * The rules for the content of a version (DOMAIN.md §7): required metadata, lengths, dates not in the future,
 * classification with its legal ground when not public, a policy interpretation linked to a published
 * document. Every problem is reported with its field, so that a form shows all of them at once.
 */
public final class ContentRules {

	public static final int MAX_TITLE = 300;
	public static final int MAX_DOC_NO = 100;
	public static final int MAX_KEYWORDS = 300;
	public static final int MAX_SUMMARY = 2000;
	public static final int MAX_SOURCE = 200;
	public static final int MAX_CHANGE_NOTE = 1000;
	public static final int MAX_BODY = 1_000_000;
	public static final int MIN_YEAR = 1949;

	/** The outcome: either problems, or the content to store. */
	public record Result(List<ContentProblem> problems, VersionContent content) {

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	private ContentRules() {
	}

	/**
	 * @param columnByName  the organisation's active column with a name
	 * @param interpretable whether a document id is a public document that may be interpreted
	 */
	public static Result check(DocumentContent c, LocalDate today, Function<String, Optional<CatalogColumn>> columnByName,
			LongPredicate interpretable) {
		List<ContentProblem> problems = new ArrayList<>();
		String title = text(c.title());
		if (title == null) {
			problems.add(new ContentProblem("title", "disclosure.error.titleRequired"));
		}
		else if (title.length() > MAX_TITLE) {
			problems.add(new ContentProblem("title", "disclosure.error.titleLength", MAX_TITLE));
		}
		Optional<CatalogColumn> column = Optional.empty();
		if (text(c.column()) == null) {
			problems.add(new ContentProblem("column", "disclosure.error.columnRequired"));
		}
		else {
			column = columnByName.apply(c.column().strip());
			if (column.isEmpty()) {
				problems.add(new ContentProblem("column", "disclosure.error.columnUnknown", c.column().strip()));
			}
		}
		String body = BodySanitizer.clean(c.body());
		String bodyText = BodySanitizer.text(body);
		if (bodyText.isBlank()) {
			problems.add(new ContentProblem("body", "disclosure.error.bodyRequired"));
		}
		else if (body.length() > MAX_BODY) {
			problems.add(new ContentProblem("body", "disclosure.error.bodyLength", MAX_BODY));
		}
		date(problems, "writtenOn", c.writtenOn(), today);
		date(problems, "formedOn", c.formedOn(), today);
		String docNo = limited(problems, "docNo", c.docNo(), MAX_DOC_NO);
		String keywords = limited(problems, "keywords", c.keywords(), MAX_KEYWORDS);
		String summary = limited(problems, "summary", c.summary(), MAX_SUMMARY);
		String source = limited(problems, "source", c.source(), MAX_SOURCE);
		String changeNote = limited(problems, "changeNote", c.changeNote(), MAX_CHANGE_NOTE);
		Topic topic = Topic.GENERAL;
		if (text(c.topic()) != null) {
			topic = Keyed.parse(Topic.class, c.topic()).orElse(null);
			if (topic == null) {
				problems.add(new ContentProblem("topic", "disclosure.error.topicUnknown", c.topic()));
			}
		}
		Genre genre = column.map(ContentRules::defaultGenre).orElse(Genre.OTHER_DOCUMENT);
		if (text(c.genre()) != null) {
			genre = Keyed.parse(Genre.class, c.genre()).orElse(null);
			if (genre == null) {
				problems.add(new ContentProblem("genre", "disclosure.error.genreUnknown", c.genre()));
			}
		}
		Classification classification = Keyed.parse(Classification.class, c.classification()).orElse(null);
		if (classification == null) {
			problems.add(text(c.classification()) == null
					? new ContentProblem("classification", "disclosure.error.classificationRequired")
					: new ContentProblem("classification", "disclosure.error.classificationUnknown",
							c.classification()));
		}
		WithholdingGround ground = null;
		if (classification == Classification.NOT_PUBLIC) {
			ground = Keyed.parse(WithholdingGround.class, c.withholdingGround()).orElse(null);
			if (ground == null) {
				problems.add(new ContentProblem("withholdingGround", "disclosure.error.groundRequired"));
			}
		}
		if (c.interprets() != null) {
			if (genre != null && genre != Genre.INTERPRETATION) {
				problems.add(new ContentProblem("interprets", "disclosure.error.interpretsOnlyForInterpretation"));
			}
			else if (!interpretable.test(c.interprets())) {
				problems.add(new ContentProblem("interprets", "disclosure.error.interpretsUnknown", c.interprets()));
			}
		}
		if (!problems.isEmpty()) {
			return new Result(List.copyOf(problems), null);
		}
		return new Result(List.of(),
				new VersionContent(column.orElseThrow().id(), title, docNo, c.writtenOn(), c.formedOn(), topic, genre,
						keywords, summary, source, classification, ground, body, bodyText, c.interprets(),
						changeNote));
	}

	/** The genre a column suggests when none is given. */
	static Genre defaultGenre(CatalogColumn column) {
		if (column.code() == null) {
			return Genre.OTHER_DOCUMENT;
		}
		return switch (column.code()) {
			case StandardColumns.INTERPRETATION -> Genre.INTERPRETATION;
			case StandardColumns.PLAN -> Genre.PLAN;
			case StandardColumns.MEETINGS -> Genre.MINUTES;
			case StandardColumns.ANNUAL_REPORT -> Genre.ANNUAL_REPORT;
			case StandardColumns.NEWS_COLUMN -> Genre.NEWS;
			case StandardColumns.NOTICES -> Genre.NOTICE;
			default -> Genre.OTHER_DOCUMENT;
		};
	}

	private static void date(List<ContentProblem> problems, String field, LocalDate value, LocalDate today) {
		if (value == null) {
			problems.add(new ContentProblem(field, "disclosure.error." + field + "Required"));
		}
		else if (value.isAfter(today)) {
			problems.add(new ContentProblem(field, "disclosure.error.dateInFuture", value.toString()));
		}
		else if (value.getYear() < MIN_YEAR) {
			problems.add(new ContentProblem(field, "disclosure.error.dateTooEarly", MIN_YEAR));
		}
	}

	private static String limited(List<ContentProblem> problems, String field, String value, int max) {
		String t = text(value);
		if (t != null && t.length() > max) {
			problems.add(new ContentProblem(field, "disclosure.error.tooLong", max));
		}
		return t;
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
