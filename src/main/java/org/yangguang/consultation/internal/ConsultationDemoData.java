package org.yangguang.consultation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.consultation.CommentDecision;
import org.yangguang.consultation.CommentSource;
import org.yangguang.consultation.FinalDecision;
import org.yangguang.identity.Accounts;
import org.yangguang.organisation.Organisations;

/**
 * Demo data of public consultation (only with {@code yangguang.demo.enabled}, once): a draft of the education bureau
 * open for comment with citizens' comments, a concluded one of the transport bureau with its adoption report and the
 * final decision, and a draft waiting for review. Stored through the aggregate with past dates, not through the
 * catalog (no one is signed in at start-up).
 */
@Component
@Order(48)
class ConsultationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ConsultationDemoData.class);
	private static final String CLERK = "县教育局 刘洋";
	private static final String LEADER = "县教育局 陈志刚";

	private final ConsultationRepository consultations;
	private final ConsultationWorkflow workflow;
	private final Organisations organisations;
	private final Accounts accounts;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean enabled;

	ConsultationDemoData(ConsultationRepository consultations, ConsultationWorkflow workflow,
			Organisations organisations, Accounts accounts, TransactionTemplate transactions, Clock clock,
			@Value("${yangguang.demo.enabled:false}") boolean enabled) {
		this.consultations = consultations;
		this.workflow = workflow;
		this.organisations = organisations;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || !consultations.list(null, List.of(), 1).isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(tx -> {
			LocalDate today = LocalDate.now(clock);
			Instant now = clock.instant();
			long education = organisations.getByCode("520329-JYJ").id();
			long transport = organisations.getByCode("520329-JTJ").id();
			Long citizen1 = citizen("citizen1").orElse(null);
			Long citizen2 = citizen("citizen2").orElse(null);

			Consultation open = published(education, "余庆县义务教育学校课后服务管理办法", """
					第一章 总则
					第一条 为规范全县义务教育学校课后服务工作，减轻学生过重课业负担，根据国家和省有关规定，结合本县实际，制定本办法。
					第二条 本办法适用于本县行政区域内公办义务教育学校开展的课后服务。
					第二章 服务内容
					第三条 课后服务以学生自愿参加为原则，内容包括作业辅导、阅读、体育、艺术、科普等活动，不得组织集体补课或讲授新课。
					第四条 课后服务时间原则上不早于当地正常下班时间结束，学校应当为有特殊需要的学生提供延时托管。
					第三章 保障与监督
					第五条 课后服务可按照成本补偿原则收取服务性收费，收费标准由县发展改革局会同县教育局核定。
					第六条 学校应当通过家长会、公示栏和学校网站公开课后服务的内容、时间、收费和监督电话，接受家长和社会监督。
					""", today.minusDays(10), today.plusDays(19), now);
			comment(open, 3, "建议明确课后服务中体育和艺术活动的最低课时，不要把课后服务变成变相上课。", citizen1, "张伟", today.minusDays(6), now);
			comment(open, 5, "收费标准核定后应当向社会公开，家庭困难学生应当减免。", citizen2, "李娜", today.minusDays(3), now);
			Comment letter = Comment.offline(open.id(), 4, "来信建议农村寄宿制学校的课后服务结束时间可以适当推后。", CommentSource.LETTER,
					"龙溪镇中心学校家长委员会", today.minusDays(2), CLERK, open.opensOn(), today);
			consultations.insert(letter, now);

			LocalDate opened = today.minusDays(80);
			Consultation done = published(transport, "余庆县城区机动车停放管理办法", """
					第一条 为规范县城区机动车停放秩序，保障道路安全畅通，制定本办法。
					第二条 县城区道路停车泊位由县交通运输局会同县公安局交通管理大队统一规划、设置和管理。
					第三条 在城区主要道路两侧设置的临时停车泊位实行分时段收费，收费标准另行公布。
					第四条 学校、医院周边应当设置临时停车区，供接送学生和就医人员短时停放。
					""", opened, opened.plusDays(29), now);
			Comment c1 = comment(done, 3, "建议夜间（20时至次日8时）免费停车，方便周边居民。", citizen1, "张伟", opened.plusDays(3), now);
			Comment c2 = comment(done, 4, "学校周边接送车辆多，建议上下学时段交警现场疏导。", citizen2, "李娜", opened.plusDays(8), now);
			Comment c3 = comment(done, null, "建议取消所有路边停车收费。", citizen2, "李娜", opened.plusDays(9), now);
			decide(c1, CommentDecision.ADOPTED, null, opened.plusDays(32));
			decide(c2, CommentDecision.PARTLY, "学校周边上下学时段由县公安局交通管理大队安排警力疏导，已写入第四条；不另设专门条款。",
					opened.plusDays(32));
			decide(c3, CommentDecision.REJECTED, "路边停车收费用于调节城区停车供需，取消收费将加剧占道停车，故未采纳。",
					opened.plusDays(33));
			done.reportDueOn = opened.plusDays(56);
			done.reportPublished(opened.plusDays(35), 0, "县交通运输局");
			done.conclude(new FinalDecision("余庆县城区机动车停放管理办法", "余府办发〔2026〕8号", """
					第一条　为规范县城区机动车停放秩序，保障道路安全畅通，制定本办法。
					第二条　县城区道路停车泊位由县交通运输局会同县公安局交通管理大队统一规划、设置和管理。
					第三条　在城区主要道路两侧设置的临时停车泊位实行分时段收费，20时至次日8时免费，收费标准另行公布。
					第四条　学校、医院周边应当设置临时停车区，供接送学生和就医人员短时停放；上下学时段由交通管理部门安排疏导。
					""", null, "《办法》吸收了公众关于夜间免费停车和学校周边疏导的意见，明确了泊位的规划主体和分时段收费。"),
					opened.plusDays(45), "县交通运输局");
			consultations.update(done, now);
			consultations.appendHistory(done.id(), done.happened(), now);
			done.clearHappened();

			Consultation waiting = Consultation.draft(education, "余庆县中小学校服管理办法", "为规范校服选用，县教育局起草了本办法。",
					"县教育局基础教育股，电话 0851-26221234", DraftText.split("""
							第一条 学校选用校服应当坚持学生家长自愿原则，不得强制或变相强制购买。
							第二条 校服采购应当由家长委员会参与，采购结果在校内公示。
							"""), today.plusDays(2), today.plusDays(31), null, false, null, CLERK, today, 30);
			waiting.submit(today, CLERK);
			consultations.insert(waiting, now);
			consultations.appendHistory(waiting.id(), waiting.happened(), now);
			log.info("Demo consultations: 3 (open, concluded, awaiting review)");
		});
	}

	private Consultation published(long organisationId, String title, String text, LocalDate opens, LocalDate closes,
			Instant now) {
		Consultation c = Consultation.draft(organisationId, title, "为广泛听取社会各界意见，现公开征求意见。", "书面意见请寄县政务服务中心三楼，邮编564400",
				DraftText.split(text), opens, closes, null, false, null, CLERK, opens, 30);
		c.submit(opens, CLERK);
		c.review(true, null, opens, LEADER);
		c.publish(opens, LEADER);
		consultations.insert(c, now);
		consultations.appendHistory(c.id(), c.happened(), now);
		c.clearHappened();
		if (!closes.isBefore(LocalDate.now(clock))) {
			workflow.startReportLimit(c, null);
			consultations.update(c, now);
		}
		return c;
	}

	private Comment comment(Consultation c, Integer article, String text, Long account, String name, LocalDate on,
			Instant now) {
		Comment k = Comment.online(c.id(), article, text, account, name, on);
		consultations.insert(k, now);
		return k;
	}

	private void decide(Comment k, CommentDecision decision, String reason, LocalDate on) {
		k.decide(decision, reason, CLERK, on);
		consultations.update(k);
	}

	private Optional<Long> citizen(String username) {
		return accounts.citizenPage(username, 0, 5).stream().filter(u -> u.username().equals(username)).findFirst()
			.map(u -> u.id());
	}
}
