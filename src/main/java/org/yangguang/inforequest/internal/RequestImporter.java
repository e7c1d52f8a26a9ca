package org.yangguang.inforequest.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.inforequest.Applicant;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Channel;
import org.yangguang.inforequest.Delivery;
import org.yangguang.inforequest.DeliveryForm;
import org.yangguang.inforequest.DeliveryRoute;
import org.yangguang.inforequest.ImportProblem;
import org.yangguang.inforequest.ImportRecord;
import org.yangguang.inforequest.ImportRejected;
import org.yangguang.inforequest.ImportResult;
import org.yangguang.inforequest.NewRequest;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.RequestedInformation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/**
 * 历史台账导入 — takes over the register of past years so that statistics are complete from the first day. Every
 * row is checked first and every problem reported with its row number; only when all rows are sound are they
 * stored, all in one transaction: nothing is ever half-imported. Imported requests are marked as such.
 */
@Service
public class RequestImporter {

	static final int MAX_RECORDS = 20_000;
	static final String UNKNOWN_APPLICANT = "—";

	private final Organisations organisations;
	private final TrackingNumbers numbers;
	private final RequestRepository requests;
	private final RequestWorkflow workflow;
	private final AuditLog audit;
	private final Clock clock;

	RequestImporter(Organisations organisations, TrackingNumbers numbers, RequestRepository requests,
			RequestWorkflow workflow, AuditLog audit, Clock clock) {
		this.organisations = organisations;
		this.numbers = numbers;
		this.requests = requests;
		this.workflow = workflow;
		this.audit = audit;
		this.clock = clock;
	}

	private record Parsed(ImportRecord source, Organisation agency, ApplicantType type, LocalDate receivedOn,
			Channel channel, Outcome outcome, LocalDate decidedOn) {
	}

	/**
	 * @param inScope whether the importing user may import for an organisation
	 * @param batch   the batch name kept with each record
	 */
	@Transactional
	public ImportResult importRecords(List<ImportRecord> records, LongPredicate inScope, Actor actor, String batch) {
		if (records.isEmpty()) {
			throw new ImportRejected(List.of(new ImportProblem(0, null, "inforequest.import.empty", List.of())));
		}
		if (records.size() > MAX_RECORDS) {
			throw new ImportRejected(List.of(new ImportProblem(0, null, "inforequest.import.tooMany",
					List.of(MAX_RECORDS))));
		}
		List<ImportProblem> problems = new ArrayList<>();
		List<Parsed> parsed = parse(records, inScope, problems);
		if (!problems.isEmpty()) {
			throw new ImportRejected(problems);
		}
		InfoRequestSettings settings = workflow.settings();
		List<String> trackingNos = new ArrayList<>();
		int finished = 0;
		for (Parsed p : parsed) {
			ImportRecord r = p.source();
			String trackingNo = ImportValues.blank(r.trackingNo()) ? numbers.next(p.receivedOn().getYear())
					: r.trackingNo().strip();
			NewRequest application = new NewRequest(p.channel(), p.receivedOn(), p.agency().id(),
					new Applicant(p.type(), null, ImportValues.blank(r.applicantName()) ? UNKNOWN_APPLICANT
							: r.applicantName().strip(), null, null, null, null, null, null, null),
					new RequestedInformation(strip(r.title()), strip(r.docNo()), strip(r.description()), null),
					p.channel() == Channel.ONLINE ? new Delivery(DeliveryForm.ELECTRONIC, DeliveryRoute.ONLINE)
							: new Delivery(DeliveryForm.PAPER, DeliveryRoute.COLLECT));
			InformationRequest request = InformationRequest.importRecord(application, trackingNo, p.outcome(),
					p.decidedOn(), settings, actor);
			workflow.insert(request, batch);
			trackingNos.add(trackingNo);
			finished += p.outcome() == null ? 0 : 1;
		}
		audit.record("inforequest.imported", RequestWorkflow.SUBJECT, batch, null,
				"records=" + parsed.size() + "; finished=" + finished + "; open=" + (parsed.size() - finished), null);
		return new ImportResult(batch, parsed.size(), finished, parsed.size() - finished, trackingNos);
	}

	private List<Parsed> parse(List<ImportRecord> records, LongPredicate inScope, List<ImportProblem> problems) {
		Map<String, Organisation> byCode = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::code, Function.identity()));
		LocalDate today = LocalDate.now(clock);
		Set<String> numbersInFile = new HashSet<>();
		List<Parsed> parsed = new ArrayList<>();
		for (ImportRecord r : records) {
			int before = problems.size();
			Organisation agency = null;
			if (ImportValues.blank(r.agency())) {
				problems.add(problem(r, "agency", "inforequest.import.agencyRequired"));
			}
			else {
				agency = byCode.get(r.agency().strip());
				if (agency == null) {
					problems.add(problem(r, "agency", "inforequest.import.agencyUnknown", r.agency()));
				}
				else if (!inScope.test(agency.id())) {
					problems.add(problem(r, "agency", "inforequest.import.agencyOutOfScope", agency.name()));
				}
				else if (AddresseeRule.check(agency) instanceof Decision.Rejected rejected) {
					problems.add(problem(r, "agency", rejected.messageKey(), rejected.args().toArray()));
				}
			}
			ApplicantType type = ImportValues.applicantType(r.applicantType());
			if (type == null) {
				problems.add(problem(r, "applicantType", "inforequest.import.applicantTypeInvalid",
						String.valueOf(r.applicantType())));
			}
			Channel channel = ImportValues.channel(r.channel());
			if (channel == null) {
				problems.add(problem(r, "channel", "inforequest.import.channelInvalid", String.valueOf(r.channel())));
			}
			LocalDate received = date(r, "receivedOn", r.receivedOn(), true, today, problems);
			Outcome outcome = null;
			if (!ImportValues.blank(r.outcome())) {
				outcome = ImportValues.outcome(r.outcome());
				if (outcome == null) {
					problems.add(problem(r, "outcome", "inforequest.import.outcomeInvalid", r.outcome()));
				}
			}
			LocalDate decided = date(r, "decidedOn", r.decidedOn(), false, today, problems);
			if (!ImportValues.blank(r.outcome()) && ImportValues.blank(r.decidedOn())) {
				problems.add(problem(r, "decidedOn", "inforequest.import.decidedOnRequired"));
			}
			if (ImportValues.blank(r.outcome()) && !ImportValues.blank(r.decidedOn())) {
				problems.add(problem(r, "outcome", "inforequest.import.outcomeRequired"));
			}
			if (received != null && decided != null && decided.isBefore(received)) {
				problems.add(problem(r, "decidedOn", "inforequest.import.decidedBeforeReceived", decided.toString(),
						received.toString()));
			}
			if (!ImportValues.blank(r.trackingNo())) {
				String no = r.trackingNo().strip();
				if (!TrackingNumbers.isTrackingNo(no)) {
					problems.add(problem(r, "trackingNo", "inforequest.import.trackingNoFormat", no));
				}
				else if (!numbersInFile.add(no)) {
					problems.add(problem(r, "trackingNo", "inforequest.import.trackingNoTwice", no));
				}
				else if (requests.exists(no)) {
					problems.add(problem(r, "trackingNo", "inforequest.import.trackingNoExists", no));
				}
			}
			if (problems.size() == before) {
				parsed.add(new Parsed(r, agency, type, received, channel, outcome, decided));
			}
		}
		return parsed;
	}

	private static LocalDate date(ImportRecord r, String field, String value, boolean required, LocalDate today,
			List<ImportProblem> problems) {
		if (ImportValues.blank(value)) {
			if (required) {
				problems.add(problem(r, field, "inforequest.import.dateRequired"));
			}
			return null;
		}
		LocalDate date = ImportValues.date(value);
		if (date == null) {
			problems.add(problem(r, field, "inforequest.import.dateInvalid", value));
		}
		else if (date.isAfter(today)) {
			problems.add(problem(r, field, "inforequest.import.dateInFuture", date.toString()));
		}
		else if (date.isBefore(ReceiptDateRule.EARLIEST)) {
			problems.add(problem(r, field, "inforequest.error.receivedTooEarly", ReceiptDateRule.EARLIEST.toString()));
		}
		return date;
	}

	private static ImportProblem problem(ImportRecord r, String field, String key, Object... args) {
		return new ImportProblem(r.row(), field, key, List.of(args));
	}

	private static String strip(String s) {
		return ImportValues.blank(s) ? null : s.strip();
	}
}
