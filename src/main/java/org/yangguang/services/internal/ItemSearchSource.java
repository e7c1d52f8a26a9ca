package org.yangguang.services.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.services.PublishedItem;
import org.yangguang.services.ServiceGuide;
import org.yangguang.shared.SearchSource;
import org.yangguang.shared.Searchable;

/**
 * Feeds portal search with the current guide of every active service item (办事指南): its name as the title; the
 * conditions, materials, legal basis and FAQ as the text; the competent department as the organisation; the column
 * 办事指南. A retired item is no longer handed over.
 */
@Component
@Transactional(readOnly = true)
class ItemSearchSource implements SearchSource {

	/** The source name in the change table and in search hits. */
	static final String NAME = "service-item";
	static final String COLUMN = "办事指南";

	private final ItemRepository items;
	private final Organisations organisations;

	ItemSearchSource(ItemRepository items, Organisations organisations) {
		this.items = items;
		this.organisations = organisations;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Searchable> find(String id) {
		return items.current(id).filter(i -> !i.retired()).map(i -> searchable(i, names()));
	}

	@Override
	public List<Searchable> page(String afterId, int size) {
		Map<Long, Organisation> names = names();
		return items.allCurrent().stream().filter(i -> afterId == null || i.code().compareTo(afterId) > 0)
			.limit(Math.max(1, size)).map(i -> searchable(i, names)).toList();
	}

	private Map<Long, Organisation> names() {
		return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
	}

	private Searchable searchable(PublishedItem item, Map<Long, Organisation> names) {
		ServiceGuide g = item.guide();
		Organisation department = names.values().stream().filter(o -> o.code().equals(g.department())).findFirst()
			.orElse(null);
		StringBuilder text = new StringBuilder();
		append(text, g.conditions());
		g.materials().forEach(m -> append(text, m.name()));
		append(text, g.legalBasis());
		g.faq().forEach(f -> append(text, f.question() + " " + f.answer()));
		append(text, g.implementingBody());
		return new Searchable(NAME, g.code(), g.name(), text.toString(), null, g.code(),
				department == null ? 0 : department.id(), department == null ? g.implementingBody() : department.name(),
				COLUMN, null, null, null, null, item.publishedAt(), "", "/services/items/" + g.code());
	}

	private static void append(StringBuilder text, String part) {
		if (part != null && !part.isBlank()) {
			text.append(part.strip()).append('\n');
		}
	}
}
