package org.yangguang.meetings.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.meetings.MinutesView;
import org.yangguang.shared.SearchSource;
import org.yangguang.shared.Searchable;

/**
 * Feeds portal search with published minutes under the column 会议公开: the heading, the number and the subjects,
 * and the text of their public items only (topic, decision, lead unit). Drafts are not handed over.
 */
@Component
@Transactional(readOnly = true)
class MinutesSearchSource implements SearchSource {

	static final String NAME = "meeting";
	static final String COLUMN = "会议公开";
	static final String GENRE = "会议纪要";

	private final MinutesRepository minutes;
	private final MeetingViews views;

	MinutesSearchSource(MinutesRepository minutes, MeetingViews views) {
		this.minutes = minutes;
		this.views = views;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Searchable> find(String id) {
		try {
			return minutes.find(Long.parseLong(id)).filter(Minutes::published).map(this::searchable);
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	@Override
	public List<Searchable> page(String afterId, int size) {
		long after = afterId == null || afterId.isBlank() ? 0 : Long.parseLong(afterId);
		return minutes.publishedAfter(after, Math.max(1, size)).stream().map(this::searchable).toList();
	}

	private Searchable searchable(Minutes m) {
		MinutesView v = views.view(m, true);
		String text = v.items().stream()
			.map(i -> i.topic() + "\n" + i.decision() + (i.leadName() == null ? "" : "\n" + i.leadName()))
			.collect(Collectors.joining("\n"));
		return new Searchable(NAME, Long.toString(m.id()), v.heading() + " 第" + v.number() + "次 " + v.title(), text,
				null, null, m.organisationId(), v.organisationName(), COLUMN, null, GENRE, null, m.heldOn(),
				m.publishedOn().atStartOfDay().toInstant(ZoneOffset.UTC), "", "/meetings/" + m.id());
	}
}
