package org.yangguang.services;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Identity;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.services.internal.CaseNumbers;
import org.yangguang.services.internal.CaseWorkflow;
import org.yangguang.services.internal.HallRepository;
import org.yangguang.services.internal.QueueRules;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/**
 * 大厅 — the windows of the service centre and their queue. Anyone takes a number for an item at the kiosk; a
 * citizen books a half-hour slot on a working day; the window clerk on duty calls the next ticket their window may
 * serve (a comprehensive window every item, a department window its department's; calling puts them on that day's
 * roster at the window), opens the case from it, or marks the person absent. The calling screen shows who is called to which window and the estimated wait.
 */
@Service
public class ServiceHall {

	private final HallRepository hall;
	private final ServiceCatalog catalog;
	private final CaseWorkflow workflow;
	private final CaseNumbers numbers;
	private final Organisations organisations;
	private final Identity identity;
	private final AuditLog audit;
	private final Clock clock;
	private final int slotCapacity;

	ServiceHall(HallRepository hall, ServiceCatalog catalog, CaseWorkflow workflow, CaseNumbers numbers,
			Organisations organisations, Identity identity, AuditLog audit, Clock clock,
			@Value("${yangguang.services.slot-capacity:6}") int slotCapacity) {
		this.hall = hall;
		this.catalog = catalog;
		this.workflow = workflow;
		this.numbers = numbers;
		this.organisations = organisations;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
		this.slotCapacity = slotCapacity;
	}

	/** Every window with today's staff on duty. */
	@Transactional(readOnly = true)
	public List<HallWindow> windows() {
		LocalDate today = workflow.today();
		Map<Long, Organisation> names = names();
		return hall.windows().stream().map(w -> {
			Organisation d = w.departmentId() == null ? null : names.get(w.departmentId());
			return new HallWindow(w.code(), w.name(), w.comprehensive(), d == null ? null : d.code(),
					d == null ? null : d.name(), w.open(), hall.roster(w.code(), today));
		}).toList();
	}

	/**
	 * Creates or changes a window (administrators and window staff). {@code departmentCode} null makes a
	 * comprehensive window.
	 */
	@Transactional
	public void saveWindow(String code, String name, String departmentCode, boolean open) {
		CurrentUser user = identity.requireUser();
		if (!user.hasAny(Role.ADMIN, Role.WINDOW)) {
			throw new AccessDeniedException("windows are set up by administrators and the centre");
		}
		if (code == null || !code.strip().matches("[A-Za-z0-9]{1,10}")) {
			throw RuleViolationException.onField("code", "services.error.windowCode");
		}
		if (name == null || name.isBlank()) {
			throw RuleViolationException.onField("name", "services.error.required", "name");
		}
		Long department = departmentCode == null || departmentCode.isBlank() ? null
				: organisations.findByCode(departmentCode.strip())
					.orElseThrow(() -> RuleViolationException.onField("department", "services.error.departmentUnknown",
							departmentCode))
					.id();
		hall.saveWindow(code.strip().toUpperCase(), name.strip(), department == null ? "comprehensive" : "department",
				department, open);
		audit.record("services.window.saved", "service-window", code.strip().toUpperCase(), null,
				"name=" + name.strip() + "; department=" + departmentCode + "; open=" + open, null);
	}

	/** 上岗 — the signed-in window clerk is on duty at the window today (the roster). */
	@Transactional
	public void onDuty(String windowCode) {
		CurrentUser user = window();
		HallRepository.Window w = requireWindow(windowCode);
		hall.onDuty(w.code(), workflow.today(), user.id(), user.displayName());
		audit.record("services.window.on-duty", "service-window", w.code(), null, user.displayName(), null);
	}

	/** 现场取号 — anyone at the kiosk takes a number for an item; no account needed. */
	@Transactional
	public QueueTicket take(String itemCode) {
		PublishedItem item = openItem(itemCode);
		LocalDate today = workflow.today();
		Instant now = clock.instant();
		long id = hall.insertTicket(today, number("A", today), item.code(), departmentId(item), "kiosk", null, null,
				now, now);
		return get(id);
	}

	/** 网上预约 — a citizen books a half-hour slot on a working day for an item; the ticket is theirs. */
	@Transactional
	public QueueTicket book(String itemCode, LocalDate day, LocalTime slot) {
		CurrentUser user = identity.requireUser();
		if (user.staff() || !user.has(Role.CITIZEN)) {
			throw new AccessDeniedException("citizens book appointments");
		}
		PublishedItem item = openItem(itemCode);
		QueueRules.checkAppointment(day, slot, workflow.today(), workflow.calendar(),
				slot == null || day == null ? 0 : hall.booked(day, slot), slotCapacity);
		Instant queueAt = day.atTime(slot).atZone(clock.getZone()).toInstant();
		long id = hall.insertTicket(day, number("Y", day), item.code(), departmentId(item), "appointment", slot,
				user.id(), clock.instant(), queueAt);
		return get(id);
	}

	/** Cancels one's own waiting appointment. */
	@Transactional
	public void cancel(long ticketId) {
		CurrentUser user = identity.requireUser();
		if (!hall.cancel(ticketId, user.id())) {
			throw new IllegalTransitionException("services.error.ticketState", ticketId);
		}
	}

	/** The signed-in citizen's tickets, newest day first. */
	@Transactional(readOnly = true)
	public List<QueueTicket> mine() {
		return hall.ofAccount(identity.requireUser().id()).stream().map(t -> view(t, 0, 0)).toList();
	}

	/**
	 * 叫号 — the next waiting ticket the window may serve, first come first served (an appointment counts from its
	 * slot); empty when nobody waits for it.
	 */
	@Transactional
	public Optional<QueueTicket> callNext(String windowCode) {
		CurrentUser user = window();
		HallRepository.Window w = requireWindow(windowCode);
		if (!w.open()) {
			throw new IllegalTransitionException("services.error.windowClosed", w.code());
		}
		if (!hall.isOnDuty(user.id(), w.code(), workflow.today())) {
			// calling from a window puts the clerk on that day's roster there (上岗)
			hall.onDuty(w.code(), workflow.today(), user.id(), user.displayName());
			audit.record("services.window.on-duty", "service-window", w.code(), null, user.displayName(), null);
		}
		Instant now = clock.instant();
		for (HallRepository.Ticket t : waitingFor(w)) {
			if (!t.queueAt().isAfter(now) && hall.call(t.id(), w.code(), user.displayName(), now)) {
				return Optional.of(get(t.id()));
			}
		}
		return Optional.empty();
	}

	/** 过号 — the person called did not come. */
	@Transactional
	public QueueTicket noShow(long ticketId) {
		return finish(ticketId, "no_show", null);
	}

	/** 办结 — the person was served; {@code caseNo} the case opened from the ticket, if any. */
	@Transactional
	public QueueTicket served(long ticketId, String caseNo) {
		return finish(ticketId, "done", caseNo);
	}

	@Transactional(readOnly = true)
	public QueueTicket get(long ticketId) {
		HallRepository.Ticket t = hall.ticket(ticketId)
			.orElseThrow(() -> new NotFoundException("services.error.ticketNotFound", ticketId));
		int ahead = 0;
		int average = QueueRules.average(hall.served(t.date()));
		if ("waiting".equals(t.status())) {
			ahead = (int) hall.waiting(t.date(), null).stream()
				.filter(o -> o.queueAt().isBefore(t.queueAt()) || o.queueAt().equals(t.queueAt()) && o.id() < t.id())
				.count();
		}
		return view(t, ahead, QueueRules.estimate(ahead, average));
	}

	/** 叫号屏 — the last tickets called today, how many wait and for how long. */
	@Transactional(readOnly = true)
	public HallScreen screen() {
		LocalDate today = workflow.today();
		int average = QueueRules.average(hall.served(today));
		int waiting = hall.waiting(today, null).size();
		int open = (int) Math.max(1, hall.windows().stream().filter(HallRepository.Window::open).count());
		return new HallScreen(hall.called(today, 8).stream().map(t -> view(t, 0, 0)).toList(), waiting, average,
				QueueRules.estimate((waiting + open - 1) / open, average));
	}

	/** The tickets waiting for the window today, in the order it will call them. */
	@Transactional(readOnly = true)
	public List<QueueTicket> queue(String windowCode) {
		HallRepository.Window w = requireWindow(windowCode);
		return waitingFor(w).stream().map(t -> view(t, 0, 0)).toList();
	}

	/** The tickets called to the window today that are not finished. */
	@Transactional(readOnly = true)
	public List<QueueTicket> atWindow(String windowCode) {
		return hall.called(workflow.today(), 200).stream()
			.filter(t -> windowCode.equals(t.windowCode()) && "called".equals(t.status())).map(t -> view(t, 0, 0))
			.toList();
	}

	public List<LocalTime> slots() {
		return QueueRules.slotTimes();
	}

	private List<HallRepository.Ticket> waitingFor(HallRepository.Window w) {
		return hall.waiting(workflow.today(), w.comprehensive() ? null : List.of(w.departmentId()));
	}

	private QueueTicket finish(long ticketId, String status, String caseNo) {
		window();
		if (!hall.finish(ticketId, status, caseNo, clock.instant())) {
			throw new IllegalTransitionException("services.error.ticketState", ticketId);
		}
		return get(ticketId);
	}

	private String number(String prefix, LocalDate day) {
		int key = day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
		String next = numbers.next(prefix, key);
		int sequence = Integer.parseInt(next.substring(prefix.length() + String.valueOf(key).length()));
		return prefix + String.format("%03d", sequence);
	}

	private QueueTicket view(HallRepository.Ticket t, int ahead, int minutes) {
		String itemName = catalog.find(t.itemCode()).map(i -> i.guide().name()).orElse(t.itemCode());
		String windowName = t.windowCode() == null ? null
				: hall.window(t.windowCode()).map(HallRepository.Window::name).orElse(t.windowCode());
		return new QueueTicket(t.id(), t.date(), t.number(), t.itemCode(), itemName, t.channel(), t.slot(),
				t.status(), t.takenAt(), t.windowCode(), windowName, t.caseNo(), ahead, minutes);
	}

	private PublishedItem openItem(String code) {
		if (code == null || code.isBlank()) {
			throw RuleViolationException.onField("item", "services.error.itemRequired");
		}
		PublishedItem item = catalog.find(code.strip())
			.orElseThrow(() -> RuleViolationException.onField("item", "services.error.itemUnknown", code));
		if (item.retired()) {
			throw RuleViolationException.onField("item", "services.error.itemRetired", item.guide().name());
		}
		return item;
	}

	private long departmentId(PublishedItem item) {
		return organisations.getByCode(item.guide().department()).id();
	}

	private HallRepository.Window requireWindow(String code) {
		return hall.window(code == null ? "" : code.strip().toUpperCase())
			.orElseThrow(() -> new NotFoundException("services.error.windowNotFound", code));
	}

	private CurrentUser window() {
		CurrentUser user = identity.requireUser();
		if (!user.has(Role.WINDOW)) {
			throw new AccessDeniedException("window staff only");
		}
		return user;
	}

	private Map<Long, Organisation> names() {
		return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
	}
}
