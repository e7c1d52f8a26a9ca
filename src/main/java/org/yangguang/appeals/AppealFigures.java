package org.yangguang.appeals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.appeals.internal.AppealSettings;
import org.yangguang.appeals.internal.AppealWorkflow;
import org.yangguang.appeals.internal.PersonalText;
import org.yangguang.appeals.internal.Ticket;
import org.yangguang.appeals.internal.TicketRepository;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.RuleViolationException;

/**
 * The public side of the hotline: the Q&A wall (回音壁) of answered tickets whose citizen consented, with personal data
 * masked, and the rates — defined here and only here:
 * <ul>
 * <li>回复率 = tickets replied (or closed after a reply) ÷ tickets received;</li>
 * <li>办结率 = tickets closed ÷ tickets received;</li>
 * <li>满意率 = tickets rated satisfied or basically satisfied (last rating) ÷ tickets rated.</li>
 * </ul>
 * Tickets out of scope or converted to information requests are not counted. The period is by day of receipt.
 */
@Service
public class AppealFigures {

	private final TicketRepository tickets;
	private final AppealWorkflow workflow;
	private final Organisations organisations;
	private final AppealSettings settings;

	AppealFigures(TicketRepository tickets, AppealWorkflow workflow, Organisations organisations,
			AppealSettings settings) {
		this.tickets = tickets;
		this.workflow = workflow;
		this.organisations = organisations;
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	public AppealStatistics statistics(String departmentCode, LocalDate from, LocalDate to) {
		LocalDate end = to == null ? workflow.today() : to;
		LocalDate start = from == null ? LocalDate.of(end.getYear(), 1, 1) : from;
		if (end.isBefore(start)) {
			throw RuleViolationException.onField("to", "appeals.error.period");
		}
		Long department = null;
		if (departmentCode != null && !departmentCode.isBlank()) {
			department = organisations.findByCode(departmentCode.strip())
				.orElseThrow(() -> RuleViolationException.onField("dept", "appeals.error.organisationUnknown",
						departmentCode))
				.id();
		}
		List<Ticket> received = tickets.received(department, start, end);
		long replied = received.stream().filter(t -> t.repliedOn() != null).count();
		long completed = received.stream().filter(t -> t.status() == AppealStatus.CLOSED).count();
		long rated = received.stream().filter(t -> t.rating() != null).count();
		long satisfied = received.stream()
			.filter(t -> "satisfied".equals(t.rating()) || "basically_satisfied".equals(t.rating())).count();
		Map<String, String> formulas = new LinkedHashMap<>();
		formulas.put("replyRate", "回复率 = 已答复诉求 ÷ 受理诉求（不含不予受理、转依申请公开）");
		formulas.put("completionRate", "办结率 = 已办结诉求 ÷ 受理诉求");
		formulas.put("satisfactionRate", "满意率 = 评价为满意或基本满意的诉求 ÷ 已评价诉求（以最后一次评价为准）");
		Map<String, Double> thresholds = new LinkedHashMap<>();
		thresholds.put("replyRate", settings.threshold("reply-rate", 0.95));
		thresholds.put("completionRate", settings.threshold("completion-rate", 0.90));
		thresholds.put("satisfactionRate", settings.threshold("satisfaction-rate", 0.85));
		return new AppealStatistics(received.size(), replied, completed, satisfied, rated, ratio(replied, received.size()),
				ratio(completed, received.size()), ratio(satisfied, rated), formulas, thresholds);
	}

	/** The rates of every department that handled tickets received this year, most tickets first. */
	@Transactional(readOnly = true)
	public List<DepartmentRates> byDepartment() {
		LocalDate end = workflow.today();
		java.util.Map<Long, List<Ticket>> groups = tickets.received(null, LocalDate.of(end.getYear(), 1, 1), end).stream()
			.filter(t -> t.departmentId() != null)
			.collect(java.util.stream.Collectors.groupingBy(Ticket::departmentId));
		return groups.entrySet().stream().map(e -> {
			List<Ticket> list = e.getValue();
			long replied = list.stream().filter(t -> t.repliedOn() != null).count();
			long closed = list.stream().filter(t -> t.status() == AppealStatus.CLOSED).count();
			long rated = list.stream().filter(t -> t.rating() != null).count();
			long satisfied = list.stream()
				.filter(t -> "satisfied".equals(t.rating()) || "basically_satisfied".equals(t.rating())).count();
			String name = organisations.find(e.getKey()).map(Organisation::name).orElse("—");
			return new DepartmentRates(name, list.size(), ratio(replied, list.size()), ratio(closed, list.size()),
					ratio(satisfied, rated));
		}).sorted(java.util.Comparator.comparingLong(DepartmentRates::received).reversed()).toList();
	}

	/** One department's rates (same definitions as {@link #statistics}). */
	public record DepartmentRates(String department, long received, double replyRate, double completionRate,
			double satisfactionRate) {
	}

	/** 回音壁 — answered tickets whose citizen consented, newest first, optionally containing {@code words}. */
	@Transactional(readOnly = true)
	public List<WallEntry> wall(String words, int limit) {
		return tickets.wall(words, limit).stream().map(this::entry).toList();
	}

	/** The wall's entries after {@code afterNo} in ticket order (site search rebuild). */
	@Transactional(readOnly = true)
	public List<WallEntry> wallPage(String afterNo, int size) {
		return tickets.wallAfter(afterNo, size).stream().map(this::entry).toList();
	}

	private WallEntry entry(Ticket t) {
		String department = t.departmentId() == null ? null
				: organisations.find(t.departmentId()).map(Organisation::name).orElse(null);
		return new WallEntry(t.ticketNo(), t.type(), PersonalText.mask(t.title(), t.caller()), PersonalText.mask(t.content(), t.caller()),
				PersonalText.mask(t.reply(), t.caller()),
				department, t.receivedOn(), t.repliedOn());
	}

	static double ratio(long part, long whole) {
		return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 10000.0;
	}
}
