package org.yangguang.search.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.SearchSource;
import org.yangguang.shared.Searchable;

/**
 * What the {@link SearchSource}s say is public now, as index documents: the current state of changed items, or
 * every item page by page for a rebuild. Organisations are looked up once per batch.
 */
@Component
class PublicItems {

	private static final Logger log = LoggerFactory.getLogger(PublicItems.class);

	private final ObjectProvider<SearchSource> sourceBeans;
	private final Organisations organisations;
	private final Clock clock;
	private volatile Map<String, SearchSource> sources;

	/** One item of one source. */
	record ItemRef(String source, String id) {
	}

	/** The current state of some items: documents to write, and keys of items that are no longer public. */
	record CurrentState(List<Document> documents, List<Term> gone) {

		int size() {
			return documents.size() + gone.size();
		}
	}

	PublicItems(ObjectProvider<SearchSource> sourceBeans, Organisations organisations, Clock clock) {
		this.sourceBeans = sourceBeans;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** Asks each item's source for it: found items become documents, the others are gone. */
	CurrentState current(Collection<ItemRef> items) {
		List<Searchable> found = new ArrayList<>();
		List<Term> gone = new ArrayList<>();
		for (ItemRef item : items) {
			SearchSource source = sources().get(item.source());
			if (source == null) {
				log.warn("Search change for unknown source '{}' (item {}) ignored", item.source(), item.id());
				continue;
			}
			source.find(item.id()).ifPresentOrElse(found::add,
					() -> gone.add(SearchDocument.keyTerm(item.source(), item.id())));
		}
		Map<Long, OrganisationRef> refs = found.isEmpty() ? Map.of() : organisationRefs();
		List<Document> documents = new ArrayList<>();
		for (Searchable item : found) {
			toDocument(item, refs).ifPresentOrElse(documents::add,
					() -> gone.add(SearchDocument.keyTerm(item.source(), item.id())));
		}
		return new CurrentState(documents, gone);
	}

	/** Hands every public item of every source to {@code sink}, a page at a time; returns how many. */
	long all(int pageSize, Consumer<List<Document>> sink) {
		Map<Long, OrganisationRef> refs = organisationRefs();
		long count = 0;
		for (SearchSource source : sources().values()) {
			String after = null;
			while (true) {
				List<Searchable> page = source.page(after, pageSize);
				List<Document> documents = new ArrayList<>(page.size());
				page.forEach(item -> toDocument(item, refs).ifPresent(documents::add));
				sink.accept(documents);
				count += documents.size();
				if (page.size() < pageSize) {
					break;
				}
				after = page.get(page.size() - 1).id();
			}
		}
		return count;
	}

	private Optional<Document> toDocument(Searchable item, Map<Long, OrganisationRef> refs) {
		if (item.title() == null || item.publishedAt() == null || item.id() == null) {
			log.error("Search source '{}' handed over item {} without title or publication time; not indexed",
					item.source(), item.id());
			return Optional.empty();
		}
		OrganisationRef ref = refs.getOrDefault(item.organisationId(), OrganisationRef.unknown(item.organisationId()));
		return Optional.of(SearchDocument.of(item, ref, clock.getZone()));
	}

	private Map<Long, OrganisationRef> organisationRefs() {
		Map<Long, OrganisationRef> refs = new HashMap<>();
		for (Organisation organisation : organisations.all()) {
			refs.put(organisation.id(), OrganisationRef.of(organisation));
		}
		return refs;
	}

	/** The sources by name, found when first needed (they depend on modules that depend on search). */
	private Map<String, SearchSource> sources() {
		Map<String, SearchSource> known = sources;
		if (known == null) {
			Map<String, SearchSource> byName = new LinkedHashMap<>();
			sourceBeans.orderedStream().forEach(source -> {
				SearchSource clash = byName.putIfAbsent(source.name(), source);
				if (clash != null) {
					throw new IllegalStateException("Two search sources are named '" + source.name() + "': "
							+ clash.getClass().getName() + " and " + source.getClass().getName());
				}
			});
			known = Map.copyOf(byName);
			sources = known;
		}
		return known;
	}
}
