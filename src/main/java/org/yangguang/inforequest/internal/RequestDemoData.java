package org.yangguang.inforequest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.CitizenProfile;
import org.yangguang.identity.CurrentUser;
import org.yangguang.inforequest.AppealKind;
import org.yangguang.inforequest.AppealResult;
import org.yangguang.inforequest.Applicant;
import org.yangguang.inforequest.ApplicantType;
import org.yangguang.inforequest.Channel;
import org.yangguang.inforequest.Delivery;
import org.yangguang.inforequest.DeliveryForm;
import org.yangguang.inforequest.DeliveryRoute;
import org.yangguang.inforequest.FeeMethod;
import org.yangguang.inforequest.ImportRecord;
import org.yangguang.inforequest.NewRequest;
import org.yangguang.inforequest.Outcome;
import org.yangguang.inforequest.ReplyCommand;
import org.yangguang.inforequest.RequestSnapshot;
import org.yangguang.inforequest.RequestedInformation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;

/**
 * Demo data of 依申请公开 (only with {@code yangguang.demo.enabled}, once): the register of 2025 and 2026 taken over
 * through the import (a few hundred decided requests across the departments, about 80% disclosed in whole or in
 * part, with some reconsiderations and lawsuits), and open requests of citizen1 and citizen2 in every state, some
 * due soon and some overdue, so that the workbench has work on it.
 */
@Component
@Order(40)
class RequestDemoData implements ApplicationRunner {

	static final String BATCH = "demo";
	private static final Logger log = LoggerFactory.getLogger(RequestDemoData.class);

	private static final String[] DEPARTMENTS = { "520329-JYJ", "520329-MZJ", "520329-RSJ", "520329-ZRJ",
			"520329-ZJJ", "520329-JTJ", "520329-WJJ", "520329-SJJ", "520329-CZJ", "520329-SHJ", "520329-NYJ",
			"520329-FGJ", "520329-ZFB", "520329", "520329102", "520329109" };
	/** How often each department is asked, roughly as in a county: education, land, housing, social security. */
	private static final int[] WEIGHTS = { 16, 8, 10, 14, 12, 6, 7, 3, 5, 4, 6, 4, 3, 5, 2, 2 };
	private static final String[] SUBJECTS = { "学校招生计划和划片范围", "农村低保对象审批名单", "事业单位公开招聘成绩",
			"集体土地征收补偿安置方案", "棚户区改造项目安置补偿标准", "农村公路建设项目资金使用情况", "卫生院基本公共卫生服务经费",
			"县级财政预算执行情况", "建设项目环境影响评价批复", "高标准农田建设项目验收资料", "重点项目招商引资协议",
			"县政府常务会议纪要", "乡镇村级公益事业一事一议财政奖补资金", "白泥镇满溪村集体经济收支明细" };

	private final RequestImporter importer;
	private final RequestWorkflow workflow;
	private final Replies replies;
	private final RequestRepository requests;
	private final AppealRepository appeals;
	private final Organisations organisations;
	private final Accounts accounts;
	private final TransactionTemplate transactions;
	private final boolean enabled;

	RequestDemoData(RequestImporter importer, RequestWorkflow workflow, Replies replies, RequestRepository requests,
			AppealRepository appeals, Organisations organisations, Accounts accounts,
			TransactionTemplate transactions, @Value("${yangguang.demo.enabled:false}") boolean enabled) {
		this.importer = importer;
		this.workflow = workflow;
		this.replies = replies;
		this.requests = requests;
		this.appeals = appeals;
		this.organisations = organisations;
		this.accounts = accounts;
		this.transactions = transactions;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || requests.anyImportBatch(BATCH)) {
			return;
		}
		transactions.executeWithoutResult(tx -> {
			LocalDate today = workflow.today();
			List<ImportRecord> register = register(today);
			var result = importer.importRecords(register, id -> true, new Actor(null, "县政务公开办 王敏", null), BATCH);
			appeals(result.trackingNos(), today);
			int open = openRequests(today);
			log.info("Demo information requests: {} imported from the register of past years, {} open", result.imported(),
					open);
		});
	}

	/** About 300 decided requests received in 2025 and 2026 (up to six weeks ago), deterministic. */
	List<ImportRecord> register(LocalDate today) {
		Random random = new Random(20260301L);
		LocalDate from = LocalDate.of(2025, 1, 2);
		LocalDate lastReceived = today.minusDays(42);
		long span = java.time.temporal.ChronoUnit.DAYS.between(from, lastReceived);
		List<ImportRecord> records = new ArrayList<>();
		if (span <= 0) {
			return records;
		}
		for (int i = 0; i < 320; i++) {
			LocalDate received = from.plusDays(random.nextLong(span + 1));
			LocalDate decided = received.plusDays(4 + random.nextInt(34));
			if (decided.isAfter(today.minusDays(1))) {
				decided = today.minusDays(1);
			}
			String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
			records.add(new ImportRecord(i + 1, pick(random), applicantType(random), received.toString(),
					channel(random), outcome(random).key(), decided.toString(), null, null,
					received.getYear() + "年" + subject, null, null));
		}
		return records;
	}

	private static String pick(Random random) {
		int sum = java.util.Arrays.stream(WEIGHTS).sum();
		int r = random.nextInt(sum);
		for (int i = 0; i < WEIGHTS.length; i++) {
			r -= WEIGHTS[i];
			if (r < 0) {
				return DEPARTMENTS[i];
			}
		}
		return DEPARTMENTS[0];
	}

	private static String applicantType(Random random) {
		int r = random.nextInt(100);
		ApplicantType type = r < 84 ? ApplicantType.NATURAL_PERSON : r < 92 ? ApplicantType.COMMERCIAL
				: r < 94 ? ApplicantType.RESEARCH : r < 95 ? ApplicantType.PUBLIC_INTEREST
						: r < 98 ? ApplicantType.LEGAL_SERVICE : ApplicantType.OTHER_ORG;
		return type.key();
	}

	private static String channel(Random random) {
		int r = random.nextInt(100);
		Channel c = r < 58 ? Channel.ONLINE : r < 80 ? Channel.IN_PERSON : r < 88 ? Channel.POST
				: r < 95 ? Channel.REGISTERED_POST : r < 98 ? Channel.FAX : Channel.ORAL;
		return c.key();
	}

	/** About 80% disclosed in whole or in part, as the speeches report. */
	static Outcome outcome(Random random) {
		int r = random.nextInt(1000);
		if (r < 560) {
			return Outcome.GRANTED;
		}
		if (r < 800) {
			return Outcome.PARTIAL;
		}
		Outcome[] rest = { Outcome.WITHHELD_THIRD_PARTY, Outcome.WITHHELD_PROCESS_INFO, Outcome.WITHHELD_INTERNAL_AFFAIRS,
				Outcome.WITHHELD_LAW_FORBIDS, Outcome.WITHHELD_ENFORCEMENT_FILE, Outcome.UNABLE_NOT_HELD,
				Outcome.UNABLE_NOT_HELD, Outcome.UNABLE_NEEDS_CREATION, Outcome.UNABLE_STILL_UNCLEAR,
				Outcome.NOT_PROCESSED_PETITION, Outcome.NOT_PROCESSED_REPEATED, Outcome.NOT_PROCESSED_PUBLICATION,
				Outcome.OTHER_NO_CORRECTION, Outcome.OTHER_NO_FEE, Outcome.OTHER_OTHER, Outcome.UNABLE_NOT_HELD };
		return rest[random.nextInt(rest.length)];
	}

	/** A few reconsiderations and lawsuits about refused requests, decided or pending. */
	private void appeals(List<String> trackingNos, LocalDate today) {
		int made = 0;
		for (String no : trackingNos) {
			RequestSnapshot s = requests.find(no).orElseThrow();
			if (s.reply() == null || !s.reply().outcome().group().equals("withheld") || made >= 7) {
				continue;
			}
			LocalDate filed = s.reply().decidedOn().plusDays(20 + made * 3L);
			if (filed.isAfter(today)) {
				continue;
			}
			AppealKind kind = made % 3 == 2 ? AppealKind.LITIGATION_DIRECT : AppealKind.RECONSIDERATION;
			LocalDate decided = filed.plusDays(55);
			boolean pending = decided.isAfter(today) || made == 4;
			AppealResult result = pending ? AppealResult.PENDING : made % 4 == 1 ? AppealResult.CORRECTED
					: AppealResult.MAINTAINED;
			appeals.save(s.id(), kind, filed, result, pending ? null : decided, null, workflow.now());
			if (made == 5 && !pending) {
				appeals.save(s.id(), AppealKind.LITIGATION_AFTER_RECONSIDERATION, decided.plusDays(10), AppealResult.PENDING,
						null, null, workflow.now());
			}
			made++;
		}
	}

	/** Open requests of the two demo citizens in every state; received so that some are due soon, some overdue. */
	private int openRequests(LocalDate today) {
		Optional<Applicant> zhang = citizen("citizen1");
		Optional<Applicant> li = citizen("citizen2");
		if (zhang.isEmpty() || li.isEmpty()) {
			return 0;
		}
		WorkingDayCalendar calendar = workflow.calendar();
		InfoRequestSettings settings = workflow.settings();
		Actor clerk = new Actor("clerk", "县教育局 刘洋", "余庆县教育局");
		Actor office = new Actor("office", "县政务公开办 王敏", "余庆县人民政府");
		long education = organisations.getByCode("520329-JYJ").id();
		long county = organisations.getByCode("520329").id();
		long land = organisations.findByCode("520329-ZRJ").map(Organisation::id).orElse(education);

		// due soon: two working days left
		submit(zhang.get(), education, back(today, settings.replyWorkingDays() - 2, calendar),
				"2026年余庆县义务教育阶段学校招生划片范围", "用于了解子女入学的学区划分");
		// overdue: received 24 working days ago and never answered
		submit(zhang.get(), education, back(today, settings.replyWorkingDays() + 4, calendar),
				"白泥镇中心小学食堂营养改善计划资金使用明细", null);
		// waiting for the office to assign it
		submit(li.get(), county, back(today, 1, calendar), "子营街道老旧小区改造项目实施方案", null);
		// a correction notice sent
		String unclear = submit(li.get(), education, back(today, 2, calendar), null, "想要学校的那个文件");
		change(unclear, (r, a) -> r.requestCorrection(List.of("请写明所需文件的名称、文号或发文时间", "请写明涉及的学校名称"), null,
				today, a, calendar, settings), clerk);
		// consulting a third party
		String consulted = submit(zhang.get(), land, back(today, 6, calendar), "满溪村集体土地征收补偿协议", null);
		change(consulted, (r, a) -> r.consultThirdParty("余庆县某置业有限公司", "0851-2622XXXX", today, a, calendar,
				settings), new Actor("clerk", "县自然资源局 经办人", "余庆县自然资源局"));
		// an extension waiting for the office's approval
		String extended = submit(li.get(), education, back(today, 15, calendar), "2025年县教育局政府采购合同汇总", null);
		change(extended, (r, a) -> r.proposeExtension(15, "涉及多所学校和多个采购项目，需逐一调取档案", today, a, settings),
				clerk);
		// a fee notice (per page)
		String bulky = submit(zhang.get(), education, back(today, 5, calendar), "2020年至2025年全县教师招聘全部考生成绩册",
				null);
		change(bulky, (r, a) -> r.issueFeeNotice(FeeMethod.PER_PAGE, 160, today, a, calendar, settings), clerk);
		// replied, with its letter
		String answered = submit(zhang.get(), education, back(today, 9, calendar), "2025年秋季学期学生资助资金发放名单", null);
		replies.issue(answered, s -> clerk, new ReplyCommand(Outcome.PARTIAL, null,
				"名单中学生的身份证号码和家庭住址属于个人隐私，依据条例第十五条不予公开，已作区分处理。",
				"现提供2025年秋季学期学生资助资金发放名单（已隐去身份证号码和家庭住址），请在“我的申请”中下载。", null, null,
				List.of(new ReplyCommand.Upload("学生资助资金发放名单（公开部分）.csv", "text/csv",
						"学校,姓名,资助项目,金额\n余庆中学,张*,国家助学金,1000\n余庆中学,李*,国家助学金,1000\n"
							.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
				List.of(new org.yangguang.inforequest.WithheldPart("学生的身份证号码和家庭住址",
						Outcome.WITHHELD_THIRD_PARTY.key()))),
				today);
		return 8;
	}

	private String submit(Applicant applicant, long agency, LocalDate receivedOn, String title, String description) {
		NewRequest n = new NewRequest(Channel.ONLINE, receivedOn, agency, applicant,
				new RequestedInformation(title, null, description, null),
				new Delivery(DeliveryForm.ELECTRONIC, DeliveryRoute.ONLINE));
		boolean atOnce = organisations.get(agency).kind() != org.yangguang.organisation.OrganisationKind.GOVERNMENT;
		// submitted online on the day of receipt, as if the demo had run then
		return workflow.register(n, atOnce, receivedOn, new Actor(null, org.yangguang.shared.Masks.name(applicant.name()), null))
			.trackingNo();
	}

	private void change(String trackingNo, java.util.function.BiConsumer<InformationRequest, Actor> step,
			Actor actor) {
		RequestWorkflow.Changed changed = workflow.change(trackingNo, s -> actor, step);
		workflow.audit("inforequest.demo", changed, null);
	}

	/** The day {@code workingDays} working days before {@code today}. */
	static LocalDate back(LocalDate today, int workingDays, WorkingDayCalendar calendar) {
		LocalDate day = today;
		int left = workingDays;
		while (left > 0) {
			if (calendar.isWorkingDay(day)) {
				left--;
			}
			day = day.minusDays(1);
		}
		return day;
	}

	private Optional<Applicant> citizen(String username) {
		return accounts.citizenPage(username, 0, 5).stream().filter(u -> u.username().equals(username)).findFirst()
			.map(u -> applicant(u, accounts.ownProfile(u.id()).orElse(null)));
	}

	private static Applicant applicant(CurrentUser user, CitizenProfile p) {
		return p == null ? new Applicant(ApplicantType.NATURAL_PERSON, user.id(), user.displayName(), null, null, null,
				null, null, null, null)
				: new Applicant(ApplicantType.NATURAL_PERSON, user.id(), p.displayName(), p.idType(), p.idNumber(), null,
						null, p.mobile(), p.email(), p.address());
	}
}
