package org.yangguang.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.consultation.internal.ConsultationFacts;
import org.yangguang.consultation.internal.ConsultationFacts.Fact;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.RuleViolationException;

/**
 * 公众参与统计 — for oversight and the annual assessment: per year (of publication) and organisation (with those
 * below it), consultations held, comments received, the adoption rate and whether adoption reports came on time.
 */
@Service
public class ConsultationFigures {

	private final ConsultationFacts facts;
	private final Organisations organisations;

	ConsultationFigures(ConsultationFacts facts, Organisations organisations) {
		this.facts = facts;
		this.organisations = organisations;
	}

	@Transactional(readOnly = true)
	public ConsultationStatistics statistics(Integer year, String orgCode) {
		LocalDate today = facts.today();
		int y = year == null ? today.getYear() : year;
		Organisation root = null;
		if (orgCode != null && !orgCode.isBlank()) {
			root = organisations.findByCode(orgCode.strip())
				.orElseThrow(() -> RuleViolationException.onField("org", "consultation.error.org", orgCode));
		}
		List<Fact> all = facts.ofYear(y);
		Map<Long, Organisation> byId = new TreeMap<>();
		organisations.all().forEach(o -> byId.put(o.id(), o));
		List<Fact> chosen = new ArrayList<>();
		for (Fact f : all) {
			if (root == null || organisations.isWithin(f.organisationId(), root.id())) {
				chosen.add(f);
			}
		}
		Map<Long, List<Fact>> perOrg = new TreeMap<>();
		chosen.forEach(f -> perOrg.computeIfAbsent(f.organisationId(), k -> new ArrayList<>()).add(f));
		List<ConsultationStatistics.ByOrganisation> rows = new ArrayList<>();
		perOrg.forEach((id, list) -> {
			Totals t = Totals.of(list, today);
			Organisation o = byId.get(id);
			rows.add(new ConsultationStatistics.ByOrganisation(o == null ? null : o.code(),
					o == null ? null : o.name(), list.size(), t.comments, t.rate(), t.onTime, t.late, t.overdue));
		});
		Totals t = Totals.of(chosen, today);
		return new ConsultationStatistics(y, root == null ? null : root.code(), chosen.size(), t.comments, t.adopted,
				t.partly, t.rejected, t.rate(), t.onTime, t.late, t.overdue, rows);
	}

	private static final class Totals {

		int comments;
		int adopted;
		int partly;
		int rejected;
		int onTime;
		int late;
		int overdue;

		static Totals of(List<Fact> facts, LocalDate today) {
			Totals t = new Totals();
			for (Fact f : facts) {
				t.comments += f.comments();
				t.adopted += f.adopted();
				t.partly += f.partly();
				t.rejected += f.rejected();
				if (f.reportDueOn() == null) {
					continue;
				}
				if (f.reportPublishedOn() != null) {
					if (f.reportPublishedOn().isAfter(f.reportDueOn())) {
						t.late++;
					}
					else {
						t.onTime++;
					}
				}
				else if (today.isAfter(f.reportDueOn())) {
					t.overdue++;
				}
			}
			return t;
		}

		Double rate() {
			int decided = adopted + partly + rejected;
			return decided == 0 ? null : Math.round((adopted + partly) * 1000.0 / decided) / 10.0;
		}
	}
}
