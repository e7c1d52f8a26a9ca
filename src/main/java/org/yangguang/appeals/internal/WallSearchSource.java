package org.yangguang.appeals.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.appeals.AppealStatus;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.SearchSource;
import org.yangguang.shared.Searchable;

/**
 * Feeds portal search with the Q&A wall (回音壁): answered tickets whose citizen consented, question and answer with the
 * caller's name and numbers masked, under the column 回音壁. A ticket reopened, or without consent, is not handed over.
 */
@Component
@Transactional(readOnly = true)
class WallSearchSource implements SearchSource {

	static final String NAME = "appeal";
	static final String COLUMN = "回音壁";

	private final TicketRepository tickets;
	private final Organisations organisations;

	WallSearchSource(TicketRepository tickets, Organisations organisations) {
		this.tickets = tickets;
		this.organisations = organisations;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Searchable> find(String id) {
		return tickets.find(id).filter(WallSearchSource::onTheWall).map(this::searchable);
	}

	@Override
	public List<Searchable> page(String afterId, int size) {
		return tickets.wallAfter(afterId, Math.max(1, size)).stream().map(this::searchable).toList();
	}

	static boolean onTheWall(Ticket t) {
		return t.publicConsent() && (t.status() == AppealStatus.REPLIED || t.status() == AppealStatus.CLOSED);
	}

	private Searchable searchable(Ticket t) {
		Organisation department = t.departmentId() == null ? null : organisations.find(t.departmentId()).orElse(null);
		String text = masked(t.content(), t) + "\n" + masked(t.reply(), t);
		return new Searchable(NAME, t.ticketNo(), masked(t.title(), t), text, null, t.ticketNo(),
				department == null ? 0 : department.id(), department == null ? null : department.name(), COLUMN, null,
				null, null, null, t.repliedOn() == null ? t.createdAt() : t.repliedOn().atStartOfDay().toInstant(ZoneOffset.UTC),
				"", "/appeals?q=" + java.net.URLEncoder.encode(t.ticketNo(), java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String masked(String text, Ticket t) {
		return text == null ? "" : PersonalText.mask(text, t.caller());
	}
}
