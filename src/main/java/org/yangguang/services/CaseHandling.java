package org.yangguang.services;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.services.internal.CaseAccess;
import org.yangguang.services.internal.CaseRepository;
import org.yangguang.services.internal.CaseViews;
import org.yangguang.services.internal.CaseWorkflow;
import org.yangguang.services.internal.CertificateRepository;
import org.yangguang.services.internal.ServiceCase;
import org.yangguang.shared.RuleViolationException;

/**
 * 窗口受理与部门办理 — the staff steps of a case. The window (综合窗口) registers walk-ins, pre-checks, accepts, issues
 * the one-time notice, refuses, flags the green channel, records fees and delivers; the competent department's
 * clerks and leaders (the window for an instant item) pause for a special procedure, resume, review and decide; in a
 * joint approval each department decides its own task. Each step is checked, stored, audited and published.
 */
@Service
public class CaseHandling {

	private static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.INCOMPLETE,
			CaseStatus.ACCEPTED, CaseStatus.DECIDED);

	private final CaseWorkflow workflow;
	private final CaseRepository cases;
	private final CaseAccess access;
	private final CaseViews views;
	private final CertificateRepository certificates;
	private final ServiceApplications applications;
	private final Organisations organisations;
	private final int greenChannelPercent;

	CaseHandling(CaseWorkflow workflow, CaseRepository cases, CaseAccess access, CaseViews views,
			CertificateRepository certificates, ServiceApplications applications, Organisations organisations,
			@Value("${yangguang.services.green-channel-percent:50}") int greenChannelPercent) {
		this.workflow = workflow;
		this.cases = cases;
		this.access = access;
		this.views = views;
		this.certificates = certificates;
		this.applications = applications;
		this.organisations = organisations;
		this.greenChannelPercent = greenChannelPercent;
	}

	/** 窗口收件 — a walk-in registered at the window; waits for the pre-check like an online application. */
	@Transactional
	public CaseView register(WalkIn walkIn) {
		CurrentUser user = access.user();
		if (!user.has(Role.WINDOW)) {
			throw new AccessDeniedException("only the window registers walk-ins");
		}
		PublishedItem item = applications.openItem(walkIn.item());
		ServiceCase c = ServiceCase.submit(workflow.nextCaseNo(), item.code(), item.version(), item.guide(),
				applications.departmentOf(item).id(), "window",
				new CaseApplicant(null, strip(walkIn.applicantName()), strip(walkIn.idNumber()), strip(walkIn.phone())),
				walkIn.materials(), workflow.today(), user.displayName());
		workflow.register(c);
		return views.view(c, user);
	}

	/**
	 * 一次性告知 — by the window at the pre-check, or by the deciding department after acceptance (the clock stops
	 * until the applicant supplements).
	 */
	@Transactional
	public CaseView notice(String caseNo, List<Integer> missing, String note) {
		return step(caseNo, "notice", (c, user) -> {
			if (c.status() == CaseStatus.SUBMITTED) {
				requireWindow(user);
				c.notice(missing, note, workflow.today(), user.displayName(), null);
			}
			else {
				long department = access.requireDepartment(c, user);
				c.notice(missing, note, workflow.today(), user.displayName(), department);
			}
		}, note);
	}

	/** 受理 — the promised clock starts (shorter on the green channel); a joint approval's tasks start with it. */
	@Transactional
	public CaseView accept(String caseNo) {
		return step(caseNo, "accepted", (c, user) -> {
			requireWindow(user);
			int days = c.guide().promisedDays();
			if (c.greenChannel() && days > 0) {
				days = Math.max(1, (days * greenChannelPercent + 99) / 100);
			}
			for (ServiceGuide.JointTask t : c.guide().jointTasks()) {
				Organisation d = organisations.getByCode(t.department());
				c.addTask(d.id(), t.task(), c.greenChannel() ? Math.max(1, (t.days() * greenChannelPercent + 99) / 100)
						: t.days());
			}
			c.accept(workflow.today(), user.displayName(), days);
		}, null);
	}

	/** 不予受理 — with the reasons. */
	@Transactional
	public CaseView refuse(String caseNo, String reason) {
		return step(caseNo, "refused", (c, user) -> {
			requireWindow(user);
			c.refuse(reason, workflow.today(), user.displayName());
		}, reason);
	}

	/** 绿色通道 / 代办 — the agent acting for the applicant. */
	@Transactional
	public CaseView greenChannel(String caseNo, String agent) {
		return step(caseNo, "green-channel", (c, user) -> {
			requireWindow(user);
			c.greenChannel(agent, workflow.today(), user.displayName());
		}, agent);
	}

	/** 特别程序 — the clock stops with the reason (听证, 现场勘验, 专家评审, 公示…). */
	@Transactional
	public CaseView pause(String caseNo, String reason) {
		return step(caseNo, "paused", (c, user) -> c.pause(reason, workflow.today(), user.displayName(),
				access.requireDepartment(c, user)), reason);
	}

	@Transactional
	public CaseView resume(String caseNo) {
		return step(caseNo, "resumed", (c, user) -> c.resume(workflow.today(), user.displayName(),
				access.requireDepartment(c, user)), null);
	}

	/** 审查完成 — the review step ends. */
	@Transactional
	public CaseView reviewed(String caseNo) {
		return step(caseNo, "reviewed", (c, user) -> {
			access.requireDepartment(c, user);
			c.reviewed(workflow.today(), user.displayName());
		}, null);
	}

	/** 决定 — approved, or not with the reason; in a joint approval, the acting department's own task. */
	@Transactional
	public CaseView decide(String caseNo, Boolean approved, String reason) {
		if (approved == null) {
			throw RuleViolationException.onField("approved", "services.error.approvedRequired");
		}
		return step(caseNo, "decided", (c, user) -> {
			long department = access.requireDepartment(c, user);
			if (c.joint()) {
				c.decideTask(department, approved, reason, workflow.today(), user.displayName());
			}
			else {
				c.decide(approved, reason, workflow.today(), user.displayName());
			}
		}, reason);
	}

	/** 收费 — the fee of the case, or its waiver with the basis. */
	@Transactional
	public CaseView charge(String caseNo, BigDecimal amount, boolean waived, String basis) {
		return step(caseNo, "fee", (c, user) -> {
			requireWindow(user);
			c.charge(amount, waived, basis, workflow.today(), user.displayName());
		}, basis);
	}

	/** 统一收费 — paid at the centre's cashier; a receipt number is issued. */
	@Transactional
	public CaseView feePaid(String caseNo) {
		return step(caseNo, "fee-paid", (c, user) -> {
			requireWindow(user);
			c.feePaid(workflow.nextReceiptNo(), workflow.today(), user.displayName());
		}, null);
	}

	/** 制证 — the certificate is made; it goes into the applicant's certificate library. */
	@Transactional
	public CaseView certify(String caseNo) {
		return step(caseNo, "certified", (c, user) -> {
			requireWindow(user);
			certify(c, user);
		}, null);
	}

	/** 送达 — at the window or by post; the case is closed (a pending certificate is made first). */
	@Transactional
	public CaseView deliver(String caseNo, String method, String trackingNo) {
		return step(caseNo, "delivered", (c, user) -> {
			requireWindow(user);
			if (c.step() == CaseStep.CERTIFICATE) {
				certify(c, user);
			}
			c.deliver(method, trackingNo, workflow.today(), user.displayName());
		}, null);
	}

	private void certify(ServiceCase c, CurrentUser user) {
		String number = c.caseNo().replace("BJ", "ZZ");
		c.certified(number, workflow.today(), user.displayName());
		if (c.applicant().accountId() != null && c.guide().result() != null) {
			certificates.insert(c.applicant().accountId(), c.caseNo(), c.guide().result().name(),
					c.guide().result().type(), number, workflow.today());
		}
	}

	/** 窗口待办 — cases waiting for the window: pre-check, delivery; and the supplements it waits for. */
	@Transactional(readOnly = true)
	public List<CaseRow> windowDesk() {
		CurrentUser user = access.user();
		if (!user.has(Role.WINDOW)) {
			throw new AccessDeniedException("window desk");
		}
		return applications.rows(cases.list(null, OPEN, 500));
	}

	/** 部门办件 — open cases of the departments in the staff member's scope (joint tasks included). */
	@Transactional(readOnly = true)
	public List<CaseRow> departmentDesk() {
		CurrentUser user = access.user();
		if (!user.hasAny(Role.CLERK, Role.LEADER, Role.SUPERVISOR)) {
			throw new AccessDeniedException("department desk");
		}
		List<Long> scope = access.scope(organisations.all().stream().map(Organisation::id).toList());
		return applications.rows(cases.list(scope, OPEN, 500));
	}

	/**
	 * 超期问责 — open cases past their deadline, oldest first, with who holds them (window, department, applicant)
	 * and since when. The centre's supervisors and the window see all; departments their own.
	 */
	@Transactional(readOnly = true)
	public List<CaseRow> overdue() {
		CurrentUser user = access.user();
		if (!user.hasAny(Role.SUPERVISOR, Role.WINDOW, Role.CLERK, Role.LEADER)) {
			throw new AccessDeniedException("overdue list");
		}
		boolean all = user.hasAny(Role.SUPERVISOR, Role.WINDOW);
		return applications.rows(cases.overdue(workflow.today()).stream()
			.filter(r -> all || access.covers(r.departmentId())).toList());
	}

	private interface Step {
		void take(ServiceCase c, CurrentUser user);
	}

	private CaseView step(String caseNo, String action, Step step, String reason) {
		CurrentUser user = access.user();
		ServiceCase c = workflow.change(caseNo, action, sc -> {
			access.requireRead(sc);
			return user.displayName();
		}, (sc, actor) -> step.take(sc, user), reason);
		return views.view(c, user);
	}

	private static void requireWindow(CurrentUser user) {
		if (!user.has(Role.WINDOW)) {
			throw new AccessDeniedException("window step");
		}
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
