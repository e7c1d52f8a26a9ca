package org.yangguang.search.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.yangguang.shared.Searchable;

/** Turns a {@link Searchable} into a Lucene document and back into the stored values of a hit. */
final class SearchDocument {

	private SearchDocument() {
	}

	/** The unique key of an item across sources. */
	static String key(String source, String id) {
		return source + ":" + id;
	}

	static Term keyTerm(String source, String id) {
		return new Term(Fields.KEY, key(source, id));
	}

	static Document of(Searchable item, OrganisationRef organisation, ZoneId zone) {
		Document doc = new Document();
		doc.add(new StringField(Fields.KEY, key(item.source(), item.id()), Field.Store.YES));
		doc.add(new StringField(Fields.SOURCE, item.source(), Field.Store.YES));
		doc.add(new StoredField(Fields.ID, item.id()));
		text(doc, Fields.TITLE, item.title());
		text(doc, Fields.BODY, item.text());
		text(doc, Fields.ATTACHMENTS, item.attachmentText());
		number(doc, Fields.DOC_NO, item.docNo());
		number(doc, Fields.INDEX_NO, item.indexNo());
		doc.add(new StringField(Fields.ORG, String.valueOf(item.organisationId()), Field.Store.YES));
		organisation.lineage().forEach(id -> doc.add(new StringField(Fields.ORG_WITHIN, String.valueOf(id),
				Field.Store.NO)));
		keyword(doc, Fields.ORG_CODE, organisation.code());
		stored(doc, Fields.ORG_NAME, item.organisationName());
		keyword(doc, Fields.COLUMN, item.column());
		keyword(doc, Fields.TOPIC, item.topic());
		keyword(doc, Fields.GENRE, item.genre());
		keyword(doc, Fields.VALIDITY, item.validity());
		Instant published = item.publishedAt();
		keyword(doc, Fields.YEAR, String.valueOf(published.atZone(zone).getYear()));
		doc.add(new NumericDocValuesField(Fields.PUBLISHED, published.toEpochMilli()));
		doc.add(new StoredField(Fields.PUBLISHED, published.toEpochMilli()));
		stored(doc, Fields.WRITTEN, item.writtenOn() == null ? null : item.writtenOn().toString());
		stored(doc, Fields.URL, item.url());
		return doc;
	}

	/** The stored values of a hit. */
	record Stored(String source, String id, String title, String body, String attachments, String docNo,
			String indexNo, long organisationId, String organisationCode, String organisationName, String column,
			String topic, String genre, String validity, LocalDate writtenOn, Instant publishedAt, String url) {

		static Stored of(Document doc) {
			String written = doc.get(Fields.WRITTEN);
			return new Stored(doc.get(Fields.SOURCE), doc.get(Fields.ID), doc.get(Fields.TITLE),
					orEmpty(doc.get(Fields.BODY)), orEmpty(doc.get(Fields.ATTACHMENTS)), doc.get(Fields.DOC_NO),
					doc.get(Fields.INDEX_NO), Long.parseLong(doc.get(Fields.ORG)), doc.get(Fields.ORG_CODE),
					doc.get(Fields.ORG_NAME), doc.get(Fields.COLUMN), doc.get(Fields.TOPIC), doc.get(Fields.GENRE),
					doc.get(Fields.VALIDITY), written == null ? null : LocalDate.parse(written),
					Instant.ofEpochMilli(doc.getField(Fields.PUBLISHED).numericValue().longValue()),
					doc.get(Fields.URL));
		}

		private static String orEmpty(String value) {
			return value == null ? "" : value;
		}
	}

	/** Stored once, indexed as words and as character pairs. */
	private static void text(Document doc, String field, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		doc.add(new TextField(field, value, Field.Store.YES));
		doc.add(new TextField(field + Fields.PAIRS, value, Field.Store.NO));
	}

	private static void number(Document doc, String field, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		doc.add(new StoredField(field, value.strip()));
		doc.add(new StringField(field + Fields.EXACT, Fields.normaliseNumber(value), Field.Store.NO));
		doc.add(new TextField(field + Fields.PAIRS, value, Field.Store.NO));
	}

	/** A filterable value: exact term, stored, and doc values for counting. */
	private static void keyword(Document doc, String field, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		doc.add(new StringField(field, value.strip(), Field.Store.YES));
		doc.add(new SortedDocValuesField(field, new BytesRef(value.strip())));
	}

	private static void stored(Document doc, String field, String value) {
		if (value != null) {
			doc.add(new StoredField(field, value));
		}
	}
}
