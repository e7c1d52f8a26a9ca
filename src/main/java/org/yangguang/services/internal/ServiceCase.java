package org.yangguang.services.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.yangguang.calendar.TimeLimit;
import org.yangguang.calendar.TimeLimitChange;
import org.yangguang.calendar.TimeLimitId;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.services.CaseApplicant;
import org.yangguang.services.CaseStatus;
import org.yangguang.services.CaseStep;
import org.yangguang.services.ItemKind;
import org.yangguang.services.ServiceGuide;
import org.yangguang.shared.IllegalTransitionException;
import org.yangguang.shared.RuleViolationException;

/**
 * 办件 — one case from submission to delivery, and the rules of each step:
 * <ul>
 * <li>the window's pre-check (预审) accepts (受理), issues the one-time notice (一次性告知) naming every missing or
 * defective material at once, or refuses (不予受理) with reasons; a case is accepted only with every required
 * material;</li>
 * <li>a promised item (承诺件) runs its promised working days from the day of acceptance (shorter on the green
 * channel), with per-step budgets (审查, 决定, 制证, 送达) counted on the same clock; special procedures pause it with a
 * reason; an instant item (即办件) is due on the day of acceptance;</li>
 * <li>after acceptance a department may ask for a supplement: the clock stops until the applicant supplies it;</li>
 * <li>a joint approval (并联审批) is decided by each department on its own budget; the case is decided when all have
 * decided, approved only if all approved, and every refusal is explained in one decision;</li>
 * <li>a fee must be paid (统一收费) or waived before the result is delivered; delivery closes the case and its clock.</li>
 * </ul>
 * Each step is noted in {@link #happened()} for the timeline and the notices. Dates are given by the caller.
 */
public final class ServiceCase {

	/** A step just taken. */
	public record Happened(String action, LocalDate on, String actor, String note, List<Integer> materials,
			Long actingDepartmentId) {
	}

	/** A joint approval task. */
	public record Task(long departmentId, String task, int days, String status, Boolean approved, String reason,
			LocalDate decidedOn) {

		boolean pending() {
			return "pending".equals(status);
		}
	}

	Long id;
	final String caseNo;
	final String itemCode;
	final int itemVersion;
	final ServiceGuide guide;
	final long departmentId;
	final String channel;
	final CaseApplicant applicant;
	final LocalDate submittedOn;
	CaseStatus status;
	CaseStep step;
	LocalDate acceptedOn;
	LocalDate decidedOn;
	LocalDate closedOn;
	Boolean approved;
	String decisionReason;
	String refusalReason;
	boolean greenChannel;
	String agentName;
	BigDecimal feeAmount;
	Boolean feeWaived;
	String feeBasis;
	String feeReceiptNo;
	LocalDate feePaidOn;
	String deliveryMethod;
	String deliveryTrackingNo;
	String holder;
	LocalDate heldSince;
	int version;
	/** material id → supplied / missing */
	final Map<Integer, String> materials;
	/** material id → the applicant's material-library file that supplies it (材料库) */
	final Map<Integer, Long> files = new LinkedHashMap<>();
	final Map<Long, Task> tasks;
	/** The promised clock; null before acceptance and for instant items. */
	TimeLimit clock;
	TimeLimitId clockId;
	int clockStoredChanges;
	private final List<Happened> happened = new ArrayList<>();

	ServiceCase(Long id, String caseNo, String itemCode, int itemVersion, ServiceGuide guide, long departmentId,
			String channel, CaseApplicant applicant, LocalDate submittedOn, CaseStatus status,
			Map<Integer, String> materials, Map<Long, Task> tasks) {
		this.id = id;
		this.caseNo = caseNo;
		this.itemCode = itemCode;
		this.itemVersion = itemVersion;
		this.guide = guide;
		this.departmentId = departmentId;
		this.channel = channel;
		this.applicant = applicant;
		this.submittedOn = submittedOn;
		this.status = status;
		this.materials = new LinkedHashMap<>(materials);
		this.tasks = new LinkedHashMap<>(tasks);
	}

	/**
	 * 申请 — online or registered at the window, with the materials the applicant supplies (ids of the item's
	 * materials); waits for the window's pre-check.
	 */
	public static ServiceCase submit(String caseNo, String itemCode, int itemVersion, ServiceGuide guide,
			long departmentId, String channel, CaseApplicant applicant, Collection<Integer> supplied, LocalDate today,
			String actor) {
		if (applicant.name() == null || applicant.name().isBlank()) {
			throw RuleViolationException.onField("applicant", "services.error.applicantName");
		}
		Set<Integer> given = known(guide, supplied);
		Map<Integer, String> materials = new LinkedHashMap<>();
		for (ServiceGuide.Material m : guide.materials()) {
			materials.put(m.id(), given.contains(m.id()) ? "supplied" : "missing");
		}
		ServiceCase c = new ServiceCase(null, caseNo, itemCode, itemVersion, guide, departmentId, channel, applicant,
				today, CaseStatus.SUBMITTED, materials, Map.of());
		c.hold("window", today);
		c.note("submitted", today, actor, null, List.copyOf(given), null);
		return c;
	}

	/**
	 * 一次性告知 — every missing or defective material at once. At the pre-check the case goes back to the applicant;
	 * after acceptance (a department asks for a supplement) the clock stops until the applicant supplies them.
	 */
	public void notice(Collection<Integer> missing, String note, LocalDate today, String actor, Long byDepartment) {
		requireStatus("notice", CaseStatus.SUBMITTED, CaseStatus.ACCEPTED);
		if (status == CaseStatus.ACCEPTED && paused()) {
			throw new IllegalTransitionException("services.error.paused", caseNo);
		}
		if (missing == null || missing.isEmpty()) {
			throw RuleViolationException.onField("missing", "services.error.noticeEmpty");
		}
		Set<Integer> ids = known(guide, missing);
		for (Integer material : ids) {
			materials.put(material, "missing");
		}
		if (status == CaseStatus.ACCEPTED && clock != null) {
			clock = clock.pause(today, "一次性告知补正");
		}
		status = CaseStatus.INCOMPLETE;
		hold("applicant", today);
		note("notice", today, actor, blankToNull(note), List.copyOf(ids), byDepartment);
	}

	/** 补正 — the applicant supplies materials; the case returns to the window, or to handling with the clock resumed. */
	public void supplement(Collection<Integer> supplied, LocalDate today, String actor) {
		requireStatus("supplement", CaseStatus.INCOMPLETE);
		if (supplied == null || supplied.isEmpty()) {
			throw RuleViolationException.onField("materials", "services.error.supplementEmpty");
		}
		Set<Integer> ids = known(guide, supplied);
		for (Integer material : ids) {
			materials.put(material, "supplied");
		}
		if (acceptedOn == null) {
			status = CaseStatus.SUBMITTED;
			hold("window", today);
		}
		else {
			status = CaseStatus.ACCEPTED;
			if (clock != null && clock.openPause().isPresent()) {
				clock = clock.resume(today, "申请人补正");
			}
			hold("department", today);
		}
		note("supplemented", today, actor, null, List.copyOf(ids), null);
	}

	/** 绿色通道 / 代办 — flagged before acceptance: an agent acts for the applicant, budgets are shorter. */
	public void greenChannel(String agent, LocalDate today, String actor) {
		requireStatus("green-channel", CaseStatus.SUBMITTED, CaseStatus.INCOMPLETE);
		if (agent == null || agent.isBlank()) {
			throw RuleViolationException.onField("agent", "services.error.agentRequired");
		}
		greenChannel = true;
		agentName = agent.strip();
		note("green-channel", today, actor, agentName, null, null);
	}

	/**
	 * 受理 — only with every required material supplied. A promised item's clock starts: {@code days} working days
	 * counted after today; an instant item is due today.
	 *
	 * @param days the promised days (already shortened for the green channel)
	 */
	public void accept(LocalDate today, String actor, int days) {
		requireStatus("accept", CaseStatus.SUBMITTED);
		List<String> missing = guide.requiredMaterials().stream()
			.filter(m -> !"supplied".equals(materials.get(m.id()))).map(ServiceGuide.Material::name).toList();
		if (!missing.isEmpty()) {
			throw new IllegalTransitionException("services.error.requiredMissing", String.join("、", missing));
		}
		acceptedOn = today;
		if (guide.kind() == ItemKind.PROMISED) {
			clock = TimeLimit.start(today, days);
			step = CaseStep.REVIEW;
		}
		else {
			step = CaseStep.DECISION;
		}
		status = CaseStatus.ACCEPTED;
		hold("department", today);
		note("accepted", today, actor, null, null, null);
	}

	/** A joint approval's department task, created on acceptance by the caller (which knows the department ids). */
	public void addTask(long department, String task, int days) {
		tasks.put(department, new Task(department, task, days, "pending", null, null, null));
	}

	/** 不予受理 — with the reasons, at the pre-check. */
	public void refuse(String reason, LocalDate today, String actor) {
		requireStatus("refuse", CaseStatus.SUBMITTED, CaseStatus.INCOMPLETE);
		if (acceptedOn != null) {
			throw illegal("refuse");
		}
		refusalReason = requireReason(reason);
		status = CaseStatus.REFUSED;
		closedOn = today;
		hold(null, today);
		note("refused", today, actor, refusalReason, null, null);
	}

	/** 特别程序 (听证, 现场勘验, 专家评审, 公示): the clock stops with the reason. */
	public void pause(String reason, LocalDate today, String actor, Long byDepartment) {
		requireStatus("pause", CaseStatus.ACCEPTED);
		if (clock == null) {
			throw new IllegalTransitionException("services.error.instantNoPause", caseNo);
		}
		if (paused()) {
			throw new IllegalTransitionException("services.error.paused", caseNo);
		}
		String why = requireReason(reason);
		clock = clock.pause(today, why);
		note("paused", today, actor, why, null, byDepartment);
	}

	public void resume(LocalDate today, String actor, Long byDepartment) {
		requireStatus("resume", CaseStatus.ACCEPTED);
		if (!paused()) {
			throw new IllegalTransitionException("services.error.notPaused", caseNo);
		}
		clock = clock.resume(today, "特别程序结束");
		note("resumed", today, actor, null, null, byDepartment);
	}

	/** 审查完成 — the review step ends, the decision step begins. */
	public void reviewed(LocalDate today, String actor) {
		requireStatus("review", CaseStatus.ACCEPTED);
		if (step != CaseStep.REVIEW) {
			throw illegal("review");
		}
		step = CaseStep.DECISION;
		note("reviewed", today, actor, null, null, null);
	}

	/** 决定 — approved, or not with the reason; not while the clock is paused; a joint case is decided per task. */
	public void decide(boolean approve, String reason, LocalDate today, String actor) {
		requireStatus("decide", CaseStatus.ACCEPTED);
		if (!tasks.isEmpty()) {
			throw new IllegalTransitionException("services.error.jointDecidesPerTask", caseNo);
		}
		if (paused()) {
			throw new IllegalTransitionException("services.error.paused", caseNo);
		}
		String why = approve ? blankToNull(reason) : requireReason(reason);
		decided(approve, why, today, actor, null);
	}

	/** One department's decision in a joint approval; the case is decided when the last department has decided. */
	public void decideTask(long department, boolean approve, String reason, LocalDate today, String actor) {
		requireStatus("decide", CaseStatus.ACCEPTED);
		Task task = tasks.get(department);
		if (task == null) {
			throw new IllegalTransitionException("services.error.noTask", caseNo);
		}
		if (!task.pending()) {
			throw new IllegalTransitionException("services.error.taskDecided", caseNo);
		}
		if (paused()) {
			throw new IllegalTransitionException("services.error.paused", caseNo);
		}
		String why = approve ? blankToNull(reason) : requireReason(reason);
		tasks.put(department, new Task(department, task.task(), task.days(), "decided", approve, why, today));
		note("task-decided", today, actor, (approve ? "同意" : "不同意") + (why == null ? "" : "：" + why), null,
				department);
		if (tasks.values().stream().noneMatch(Task::pending)) {
			boolean all = tasks.values().stream().allMatch(t -> Boolean.TRUE.equals(t.approved()));
			String refusals = tasks.values().stream().filter(t -> !Boolean.TRUE.equals(t.approved()))
				.map(t -> t.task() + "：" + t.reason()).reduce((a, b) -> a + "\n" + b).orElse(null);
			decided(all, refusals, today, actor, null);
		}
	}

	private void decided(boolean approve, String reason, LocalDate today, String actor, Long byDepartment) {
		approved = approve;
		decisionReason = reason;
		decidedOn = today;
		status = CaseStatus.DECIDED;
		step = approve && guide.result() != null && guide.result().certificate() ? CaseStep.CERTIFICATE
				: CaseStep.DELIVERY;
		hold("window", today);
		note("decided", today, actor, (approve ? "准予" : "不予") + (reason == null ? "" : "：" + reason), null,
				byDepartment);
	}

	/** 制证 — the certificate is made and goes into the applicant's certificate library; delivery follows. */
	public void certified(String number, LocalDate today, String actor) {
		requireStatus("certify", CaseStatus.DECIDED);
		if (step != CaseStep.CERTIFICATE) {
			throw illegal("certify");
		}
		step = CaseStep.DELIVERY;
		note("certified", today, actor, number, null, null);
	}

	/** 收费 — the fee of the case and its basis; a waiver (减免) needs its basis. */
	public void charge(BigDecimal amount, boolean waived, String basis, LocalDate today, String actor) {
		requireStatus("fee", CaseStatus.ACCEPTED, CaseStatus.DECIDED);
		if (feeReceiptNo != null) {
			throw new IllegalTransitionException("services.error.feePaid", caseNo);
		}
		if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
			throw RuleViolationException.onField("amount", "services.error.feeAmount");
		}
		if (waived && (basis == null || basis.isBlank())) {
			throw RuleViolationException.onField("basis", "services.error.waiverBasis");
		}
		feeAmount = amount;
		feeWaived = waived;
		feeBasis = blankToNull(basis);
		note(waived ? "fee-waived" : "fee-charged", today, actor, amount.toPlainString() + " 元"
				+ (feeBasis == null ? "" : "（" + feeBasis + "）"), null, null);
	}

	/** 统一收费 — paid at the centre's cashier, with the receipt number. */
	public void feePaid(String receiptNo, LocalDate today, String actor) {
		if (feeAmount == null || Boolean.TRUE.equals(feeWaived)) {
			throw new IllegalTransitionException("services.error.noFeeDue", caseNo);
		}
		if (feeReceiptNo != null) {
			throw new IllegalTransitionException("services.error.feePaid", caseNo);
		}
		feeReceiptNo = receiptNo;
		feePaidOn = today;
		note("fee-paid", today, actor, receiptNo, null, null);
	}

	/** 送达 — at the window or by post (with the tracking number); closes the case and its clock. */
	public void deliver(String method, String trackingNo, LocalDate today, String actor) {
		requireStatus("deliver", CaseStatus.DECIDED);
		if (feeAmount != null && !Boolean.TRUE.equals(feeWaived) && feeReceiptNo == null
				&& feeAmount.signum() > 0) {
			throw new IllegalTransitionException("services.error.feeUnpaid", caseNo);
		}
		String how = method == null || method.isBlank() ? "window" : method.strip();
		if (!how.equals("window") && !how.equals("post") && !how.equals("online")) {
			throw RuleViolationException.onField("method", "services.error.deliveryMethod");
		}
		if (how.equals("post") && (trackingNo == null || trackingNo.isBlank())) {
			throw RuleViolationException.onField("trackingNo", "services.error.trackingNoRequired");
		}
		deliveryMethod = how;
		deliveryTrackingNo = blankToNull(trackingNo);
		step = null;
		status = CaseStatus.CLOSED;
		closedOn = today;
		if (clock != null) {
			if (clock.openPause().isPresent()) {
				clock = clock.resume(today, "办结");
			}
			clock = clock.close(today, "办结");
		}
		hold(null, today);
		String label = switch (how) {
			case "post" -> "邮寄";
			case "online" -> "网上送达";
			default -> "窗口领取";
		};
		note("delivered", today, actor, label + (deliveryTrackingNo == null ? "" : " " + deliveryTrackingNo), null,
				null);
	}

	/**
	 * Files of the applicant's material library (材料库) supplying materials: each such material counts as supplied.
	 * The caller has checked that the files are the applicant's own.
	 */
	public void attach(Map<Integer, Long> libraryFiles) {
		if (libraryFiles == null) {
			return;
		}
		for (Map.Entry<Integer, Long> f : libraryFiles.entrySet()) {
			known(guide, List.of(f.getKey()));
			files.put(f.getKey(), f.getValue());
			materials.put(f.getKey(), "supplied");
		}
	}

	public Map<Integer, Long> files() {
		return Map.copyOf(files);
	}

	public boolean paused() {
		return clock != null && clock.openPause().isPresent();
	}

	/** The case's deadline: the promised clock's, or the day of acceptance for an instant item. */
	public LocalDate deadline(WorkingDayCalendar calendar) {
		if (acceptedOn == null) {
			return null;
		}
		return clock == null ? acceptedOn : clock.deadline(calendar).orElse(null);
	}

	/**
	 * A budget of {@code days} from acceptance on this case's clock (same pauses): a step's or a joint task's own
	 * time limit, closed on {@code closedOn} when it is done.
	 */
	public TimeLimit budget(int days, LocalDate closedOn) {
		List<TimeLimitChange> history = new ArrayList<>();
		history.add(new TimeLimitChange(TimeLimitChange.Kind.STARTED, acceptedOn, days, null));
		for (TimeLimitChange change : clock.history().subList(1, clock.history().size())) {
			if (change.kind() == TimeLimitChange.Kind.PAUSED || change.kind() == TimeLimitChange.Kind.RESUMED) {
				history.add(change);
			}
		}
		TimeLimit limit = TimeLimit.replay(history);
		if (closedOn != null) {
			if (limit.openPause().isPresent()) {
				limit = limit.resume(closedOn, null);
			}
			limit = limit.close(closedOn, null);
		}
		return limit;
	}

	/** The working days from acceptance to the end of {@code current} step, as the guide budgets them. */
	public int stepBudgetUntil(CaseStep current) {
		if (guide.steps() == null || current == null) {
			return 0;
		}
		int sum = 0;
		for (CaseStep s : CaseStep.values()) {
			sum += guide.steps().of(s);
			if (s == current) {
				break;
			}
		}
		return Math.max(sum, 1);
	}

	public List<Happened> happened() {
		return List.copyOf(happened);
	}

	private void note(String action, LocalDate on, String actor, String note, List<Integer> ids, Long department) {
		happened.add(new Happened(action, on, actor, note, ids, department));
	}

	private void hold(String who, LocalDate since) {
		holder = who;
		heldSince = who == null ? null : since;
	}

	private void requireStatus(String action, CaseStatus... allowed) {
		for (CaseStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw illegal(action);
	}

	/** 409 naming the step and the state in the reader's words (the keys are resolved by the message source). */
	private IllegalTransitionException illegal(String action) {
		return new IllegalTransitionException("services.error.illegalStep", caseNo,
				new DefaultMessageSourceResolvable("services.action." + action),
				new DefaultMessageSourceResolvable("services.status." + status.key()));
	}

	private static Set<Integer> known(ServiceGuide guide, Collection<Integer> ids) {
		Set<Integer> result = new TreeSet<>();
		if (ids == null) {
			return result;
		}
		for (Integer material : ids) {
			if (material == null || guide.material(material).isEmpty()) {
				throw RuleViolationException.onField("materials", "services.error.materialUnknown", material);
			}
			result.add(material);
		}
		return result;
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "services.error.reasonRequired");
		}
		if (reason.length() > 2000) {
			throw RuleViolationException.onField("reason", "services.error.reasonTooLong", 2000);
		}
		return reason.strip();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	// read access for the repository, the workflow and the views
	public Long id() { return id; }
	public String caseNo() { return caseNo; }
	public String itemCode() { return itemCode; }
	public int itemVersion() { return itemVersion; }
	public ServiceGuide guide() { return guide; }
	public long departmentId() { return departmentId; }
	public String channel() { return channel; }
	public CaseApplicant applicant() { return applicant; }
	public LocalDate submittedOn() { return submittedOn; }
	public CaseStatus status() { return status; }
	public CaseStep step() { return step; }
	public LocalDate acceptedOn() { return acceptedOn; }
	public LocalDate decidedOn() { return decidedOn; }
	public LocalDate closedOn() { return closedOn; }
	public Boolean approved() { return approved; }
	public String decisionReason() { return decisionReason; }
	public String refusalReason() { return refusalReason; }
	public boolean greenChannel() { return greenChannel; }
	public String agentName() { return agentName; }
	public BigDecimal feeAmount() { return feeAmount; }
	public Boolean feeWaived() { return feeWaived; }
	public String feeBasis() { return feeBasis; }
	public String feeReceiptNo() { return feeReceiptNo; }
	public LocalDate feePaidOn() { return feePaidOn; }
	public String deliveryMethod() { return deliveryMethod; }
	public String deliveryTrackingNo() { return deliveryTrackingNo; }
	public String holder() { return holder; }
	public LocalDate heldSince() { return heldSince; }
	public Map<Integer, String> materials() { return Map.copyOf(materials); }
	public Map<Long, Task> tasks() { return java.util.Collections.unmodifiableMap(tasks); }
	public TimeLimit clock() { return clock; }
	public boolean joint() { return !tasks.isEmpty(); }
}
