package org.yangguang.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.Role;
import org.yangguang.identity.StaffAccount;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.Classification;
import org.yangguang.disclosure.Genre;
import org.yangguang.disclosure.Topic;
import org.yangguang.disclosure.VersionContent;

/**
 * Demo content, loaded once after the demo organisations and accounts: the eighteen pieces of the seed corpus
 * published by the county government, its departments, townships, a village and the school in sensible columns,
 * a policy with its interpretation, a rule that was amended and one that was repealed, and the structured lists
 * ({@link DemoLists}). Dates are counted back from today so that the portal always looks alive.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "yangguang.demo.enabled", havingValue = "true")
class DisclosureDemoData implements ApplicationRunner {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DisclosureDemoData.class);

	static final String COUNTY = "520329";

	/** One demo document: which piece (or text), where, what, and how many days ago it was published. */
	private record Piece(String piece, String org, String column, String title, Genre genre, Topic topic,
			String docNo, int daysAgo, int formedBefore) {
	}

	private static final List<Piece> PIECES = List.of(
			new Piece("篇一", "520329-JYJ", StandardColumns.MEETINGS, "余庆县教育局政务公开工作专题会议纪要", Genre.MINUTES,
					Topic.SCIENCE, null, 40, 3),
			new Piece("篇二", "520329-NYJ", StandardColumns.MEETINGS, "余庆县农业农村局第一季度政务公开专题会议纪要",
					Genre.MINUTES, Topic.AGRICULTURE, null, 230, 4),
			new Piece("篇三", "520329-YZ", StandardColumns.NEWS_COLUMN, "余庆中学党支部研究明年党建工作计划会议纪要",
					Genre.MINUTES, Topic.SCIENCE, null, 330, 2),
			new Piece("篇四", "520329102", StandardColumns.MEETINGS, "在龙溪镇计划生育村务公开工作会议上的讲话", Genre.SPEECH,
					Topic.POPULATION, null, 410, 5),
			new Piece("篇五", COUNTY, StandardColumns.PLAN, "余庆县第十九届“科普之冬”活动实施方案", Genre.PLAN, Topic.SCIENCE,
					"余府办发〔{year}〕41号", 365, 6),
			new Piece("篇六", COUNTY, StandardColumns.NEWS_COLUMN, "在全县政务公开工作会议上的讲话", Genre.SPEECH,
					Topic.GENERAL, null, 5, 2),
			new Piece("篇七", "520329-MZJ", StandardColumns.MEETINGS, "余庆县民政局政务公开工作会议纪要", Genre.MINUTES,
					Topic.CIVIL, null, 95, 3),
			new Piece("篇八", COUNTY, StandardColumns.NEWS_COLUMN, "在全县政府机关政务公开工作经验交流会上的讲话",
					Genre.SPEECH, Topic.GENERAL, null, 150, 3),
			new Piece("篇九", "520329-JYJ", StandardColumns.MEETINGS, "余庆县教育局第9次党政联席会议纪要", Genre.MINUTES,
					Topic.SCIENCE, null, 12, 4),
			new Piece("篇十", "520329102", StandardColumns.NEWS_COLUMN, "在龙溪镇政务公开工作会议上的讲话", Genre.SPEECH,
					Topic.GENERAL, null, 9, 2),
			new Piece("篇十一", "520329103", StandardColumns.MEETINGS, "构皮滩镇政务公开办事公开工作会议纪要", Genre.MINUTES,
					Topic.GENERAL, null, 180, 5),
			new Piece("篇十二", COUNTY, StandardColumns.POLICY, "余庆县人民政府关于深入推进政务公开工作的实施意见",
					Genre.NORMATIVE, Topic.GENERAL, "余府发〔{year}〕3号", 280, 8),
			new Piece("篇十三", "520329102201", StandardColumns.NOTICES, "田坝村党支部第一季度党建工作研究会议纪要",
					Genre.MINUTES, Topic.GENERAL, null, 200, 3),
			new Piece("篇十四", "520329-ZJJ", StandardColumns.MEETINGS, "余庆县住房和城乡建设局政务公开工作会议纪要",
					Genre.MINUTES, Topic.CONSTRUCTION, null, 60, 2),
			new Piece("篇十五", "520329-JTJ", StandardColumns.PROJECTS, "余庆至构皮滩公路改扩建工程6月份施工进展情况报告",
					Genre.REPORT, Topic.INDUSTRY, null, 150, 6),
			new Piece("篇十六", "520329-ZWZX", StandardColumns.NEWS_COLUMN, "在全县政务服务和政务公开工作会议上的讲话",
					Genre.SPEECH, Topic.GENERAL, null, 20, 3),
			new Piece("篇十七", "520329-YZ", StandardColumns.NOTICES, "余庆中学人口和计划生育工作会议纪要", Genre.MINUTES,
					Topic.POPULATION, null, 120, 2),
			new Piece("篇十八", "520329-ZFB", StandardColumns.MEETINGS, "余庆县人民政府办公室政务公开工作会议纪要",
					Genre.MINUTES, Topic.GENERAL, null, 7, 2));

	private final Organisations organisations;
	private final Catalog catalog;
	private final Accounts accounts;
	private final DemoPublisher publisher;
	private final DemoLists lists;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;

	DisclosureDemoData(Organisations organisations, Catalog catalog, Accounts accounts, DemoPublisher publisher,
			DemoLists lists, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.organisations = organisations;
		this.catalog = catalog;
		this.accounts = accounts;
		this.publisher = publisher;
		this.lists = lists;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<Organisation> county = organisations.findByCode(COUNTY);
		if (county.isEmpty() || alreadyLoaded(county.get().id())) {
			return;
		}
		long started = System.nanoTime();
		transaction.executeWithoutResult(status -> load(county.get()));
		log.info("Disclosure demo data loaded: {} documents, lists and village bulletins in {} ms", PIECES.size() + 7,
				(System.nanoTime() - started) / 1_000_000);
	}

	private boolean alreadyLoaded(long countyId) {
		return jdbc.sql("SELECT COUNT(*) FROM disclosure_document WHERE organisation_id = ?").param(countyId)
			.query(Long.class).single() > 0;
	}

	private void load(Organisation county) {
		LocalDate today = LocalDate.now(clock);
		Map<String, String> texts = SeedCorpus.pieces();
		DemoPublisher.Person office = person(county.id(), Role.DISCLOSURE_OFFICE, "县政务公开办");
		long policyId = 0;
		for (Piece p : PIECES) {
			Organisation org = organisations.getByCode(p.org());
			DemoPublisher.Person author = author(org);
			DemoPublisher.Person reviewer = reviewer(org, office);
			LocalDate on = today.minusDays(p.daysAgo());
			long id = publisher.publishNew(org.id(), content(org, p.column(), p.title(), p.genre(), p.topic(),
					p.docNo(), texts.get(p.piece()), on.minusDays(p.formedBefore()), null, null), author, reviewer, on,
					null);
			if (StandardColumns.POLICY.equals(p.column())) {
				policyId = id;
			}
		}
		DemoPublisher.Person author = author(county);
		LocalDate interpreted = today.minusDays(278);
		publisher.publishNew(county.id(), content(county, StandardColumns.INTERPRETATION,
				"《余庆县人民政府关于深入推进政务公开工作的实施意见》政策解读", Genre.INTERPRETATION, Topic.GENERAL, null,
				DemoTexts.INTERPRETATION, interpreted.minusDays(2), policyId, null), author, office, interpreted, null);
		LocalDate rulesOn = today.minusDays(300);
		publisher.publishNew(county.id(), content(county, StandardColumns.RULES, "余庆县政府信息公开保密审查办法",
				Genre.NORMATIVE, Topic.GENERAL, "余府办发〔{year}〕7号", DemoTexts.CONFIDENTIALITY_REVIEW,
				rulesOn.minusDays(5), null, null), author, office, rulesOn, null);
		LocalDate firstOn = today.minusDays(500);
		VersionContent rules = content(county, StandardColumns.RULES, "余庆县政府信息主动公开工作规定", Genre.NORMATIVE,
				Topic.GENERAL, "余府办发〔{year}〕19号", DemoTexts.PROACTIVE_RULES_V1, firstOn.minusDays(6), null, null);
		long rule = publisher.publishNew(county.id(), rules, author, office, firstOn, null);
		LocalDate amendedOn = today.minusDays(60);
		VersionContent amended = content(county, StandardColumns.RULES, rules.title(), Genre.NORMATIVE, Topic.GENERAL,
				null, DemoTexts.PROACTIVE_RULES_V2, amendedOn.minusDays(4), null,
				"依据年度政务公开工作要点，修订第五条（公开时限）和第九条（栏目更新）。");
		publisher.amend(rule, new VersionContent(amended.columnId(), amended.title(), rules.docNo(), rules.writtenOn(),
				amended.formedOn(), amended.topic(), amended.genre(), amended.keywords(), amended.summary(),
				amended.source(), amended.classification(), null, amended.bodyHtml(), amended.bodyText(), null,
				amended.changeNote()), author, office, amendedOn);
		LocalDate oldOn = today.minusDays(600);
		long repealed = publisher.publishNew(county.id(), content(county, StandardColumns.POLICY,
				"余庆县机关效能建设和政务公开督查制度", Genre.NORMATIVE, Topic.GENERAL, "余府办发〔{year}〕23号",
				DemoTexts.OLD_INSPECTION_RULES, oldOn.minusDays(10), null, null), author, office, oldOn, null);
		publisher.repeal(repealed, today.minusDays(250), "已被《余庆县人民政府关于深入推进政务公开工作的实施意见》替代。", office);
		Organisation education = organisations.getByCode("520329-JYJ");
		LocalDate noticeOn = today.minusDays(100);
		publisher.publishNew(education.id(), content(education, StandardColumns.NOTICES,
				"关于做好秋季学期义务教育阶段学生资助工作的通知", Genre.NOTICE, Topic.SCIENCE, "余教发〔{year}〕15号",
				DemoTexts.STUDENT_AID_NOTICE, noticeOn.minusDays(45), null, null), author(education),
				reviewer(education, office), noticeOn, null);
		LocalDate budgetOn = today.minusDays(250);
		publisher.publishNew(education.id(), content(education, StandardColumns.BUDGET, "余庆县教育局部门预算公开",
				Genre.OTHER_DOCUMENT, Topic.FINANCE, null, DemoTexts.BUDGET, budgetOn.minusDays(7), null, null),
				author(education), reviewer(education, office), budgetOn, DemoTexts.budgetPdf(budgetOn.getYear()));
		lists.load(today);
	}

	private VersionContent content(Organisation org, String columnCode, String title, Genre genre, Topic topic,
			String docNo, String text, LocalDate formedOn, Long interprets, String changeNote) {
		CatalogColumn column = catalog.byCode(org.id(), columnCode).orElseThrow(
				() -> new IllegalStateException(org.code() + " has no column " + columnCode));
		String number = docNo == null ? null : docNo.replace("{year}", String.valueOf(formedOn.getYear()));
		String body = BodySanitizer.clean(text);
		String plain = BodySanitizer.text(body);
		String summary = plain.length() > 120 ? plain.substring(0, 120) + "…" : plain;
		return new VersionContent(column.id(), title, number, formedOn, formedOn, topic, genre, genre.label(), summary,
				org.name(), Classification.PROACTIVE, null, body, plain, interprets, changeNote);
	}

	private DemoPublisher.Person author(Organisation org) {
		return person(org.id(), Role.CLERK, org.name() + "经办人");
	}

	private DemoPublisher.Person reviewer(Organisation org, DemoPublisher.Person office) {
		DemoPublisher.Person leader = person(org.id(), Role.LEADER, null);
		return leader.id() != null ? leader : office;
	}

	/** The demo account with the role in the organisation, or a named person without an account. */
	private DemoPublisher.Person person(long organisationId, Role role, String fallback) {
		List<StaffAccount> staff = accounts.staffPage(List.of(organisationId), null, 0, 50);
		return staff.stream().filter(a -> a.roles().contains(role) && a.enabled()).findFirst()
			.map(a -> new DemoPublisher.Person(a.id(), a.displayName()))
			.orElseGet(() -> new DemoPublisher.Person(null, fallback));
	}
}
