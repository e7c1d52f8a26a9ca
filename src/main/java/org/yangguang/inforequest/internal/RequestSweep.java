package org.yangguang.inforequest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.inforequest.RequestStatus;
import org.yangguang.shared.JobLock;

/**
 * 到期处理 — closes requests whose applicant did not correct (逾期未补正) or pay (逾期未缴费) by the due date, and
 * resumes the reply clock of requests whose third party stayed silent. One node at a time (a {@link JobLock}); each
 * request in its own transaction, so one failure does not hold back the others.
 */
@Component
public class RequestSweep {

	static final String LOCK = "inforequest.sweep";
	private static final Logger log = LoggerFactory.getLogger(RequestSweep.class);
	private static final Actor SYSTEM = new Actor(null, null, null);

	private final RequestRepository requests;
	private final RequestWorkflow workflow;
	private final JobLock lock;
	private final TransactionTemplate transactions;

	RequestSweep(RequestRepository requests, RequestWorkflow workflow, JobLock lock,
			TransactionTemplate transactions) {
		this.requests = requests;
		this.workflow = workflow;
		this.lock = lock;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${yangguang.inforequest.sweep-interval:PT10M}",
			initialDelayString = "${yangguang.inforequest.sweep-initial-delay:PT1M}")
	public void scheduled() {
		if (!lock.tryAcquire(LOCK, workflow.settings().sweepLock())) {
			return;
		}
		try {
			sweep();
		}
		finally {
			lock.release(LOCK);
		}
	}

	/** One pass, as of today; returns how many requests it changed. */
	public int sweep() {
		LocalDate today = workflow.today();
		int changed = run(RequestStatus.AWAITING_CORRECTION, today, RequestAction.CLOSE_NO_CORRECTION,
				(r, actor) -> r.closeForNoCorrection(today, actor));
		changed += run(RequestStatus.AWAITING_FEE, today, RequestAction.CLOSE_NO_FEE,
				(r, actor) -> r.closeForNoFee(today, actor));
		changed += run(RequestStatus.CONSULTING_THIRD_PARTY, today, RequestAction.END_THIRD_PARTY_SILENCE,
				(r, actor) -> r.endThirdPartySilence(today, actor));
		return changed;
	}

	private int run(RequestStatus status, LocalDate today, RequestAction action,
			BiConsumer<InformationRequest, Actor> step) {
		List<String> due = requests.findWaitingEndedBefore(status, today);
		int done = 0;
		for (String trackingNo : due) {
			try {
				transactions.executeWithoutResult(tx -> {
					RequestWorkflow.Changed changed = workflow.change(trackingNo, s -> SYSTEM, step);
					workflow.audit("inforequest." + action.key(), changed, null);
				});
				done++;
			}
			catch (RuntimeException e) {
				log.warn("Sweep could not {} {}: {}", action.key(), trackingNo, e.getMessage());
			}
		}
		return done;
	}
}
