package org.yangguang.appeals.internal;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.appeals.AppealChannel;
import org.yangguang.appeals.AppealType;
import org.yangguang.appeals.Caller;
import org.yangguang.identity.Accounts;
import org.yangguang.organisation.Organisations;

/**
 * Demo data of the hotline (only with {@code yangguang.demo.enabled}, once): the Open311 key {@code demo-open311-key},
 * answered questions on the Q&A wall, a call waiting to be dispatched and a ticket with the education bureau.
 */
@Component
@Order(47)
class AppealDemoData implements ApplicationRunner {

	static final String OPEN311_KEY = "demo-open311-key";
	private static final Logger log = LoggerFactory.getLogger(AppealDemoData.class);
	private static final String OPERATOR = "县长公开电话 孙倩";

	private final AppealWorkflow workflow;
	private final ApiKeyRepository keys;
	private final Organisations organisations;
	private final Accounts accounts;
	private final AppealSettings settings;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean enabled;

	AppealDemoData(AppealWorkflow workflow, ApiKeyRepository keys, Organisations organisations, Accounts accounts,
			AppealSettings settings, TransactionTemplate transactions, Clock clock,
			@Value("${yangguang.demo.enabled:false}") boolean enabled) {
		this.workflow = workflow;
		this.keys = keys;
		this.organisations = organisations;
		this.accounts = accounts;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || keys.exists(OPEN311_KEY)) {
			return;
		}
		transactions.executeWithoutResult(tx -> {
			keys.insert(OPEN311_KEY, "演示客户端（Open311）", clock.instant());
			long education = organisations.getByCode("520329-JYJ").id();
			long transport = organisations.getByCode("520329-JTJ").id();
			Long citizen1 = citizen("citizen1").orElse(null);
			answered(AppealType.CONSULTATION, "孩子入学需要哪些材料", "孩子明年满六岁，在城区上小学需要准备哪些材料？", citizen1,
					education, "请携带户口簿、儿童出生医学证明和房产证明或居住证，于6月网上报名期间在“适龄儿童入学登记”事项中提交。");
			answered(AppealType.SUGGESTION, "建议城区增设公交线路", "建议开通县城至龙溪镇的早晚公交班次，方便学生和务工人员。", null,
					transport, "经调研，县交通运输局将于明年一季度试开通县城至龙溪镇早晚班线，具体时刻将另行公布。");
			Ticket waiting = Ticket.register(workflow.nextTicketNo(), AppealType.COMPLAINT, AppealChannel.HOTLINE,
					"小区夜间施工噪音扰民", "白泥镇迎宾大道某工地连续多日夜间施工，影响居民休息。", workflow.today(), false, false,
					null, new Caller("杨先生", "13908521234", "白泥镇迎宾大道"), null, null, null, OPERATOR,
					settings.daysFor(AppealType.COMPLAINT));
			workflow.register(waiting);
			Ticket withSchool = Ticket.register(workflow.nextTicketNo(), AppealType.COMPLAINT, AppealChannel.MAILBOX,
					"学校违规收取资料费", "某中学要求学生统一购买教辅资料。", workflow.today(), false, true, citizen1,
					new Caller("张伟", "13885212345", null), null, null, null, OPERATOR, settings.daysFor(AppealType.COMPLAINT));
			workflow.register(withSchool);
			workflow.change(withSchool.ticketNo(), "dispatched",
					(t, today) -> t.dispatch(education, null, today, OPERATOR), null);
			log.info("Demo appeals: Open311 key {}, 4 tickets", OPEN311_KEY);
		});
	}

	private void answered(AppealType type, String title, String content, Long citizen, long department, String reply) {
		Ticket t = Ticket.register(workflow.nextTicketNo(), type, AppealChannel.WEB, title, content, workflow.today(), true,
				false, citizen, new Caller("张伟", "13885212345", null), null, null, null, "张伟", settings.daysFor(type));
		workflow.register(t);
		workflow.change(t.ticketNo(), "dispatched", (x, today) -> {
			x.dispatch(department, null, today, OPERATOR);
			x.accept(today, "承办单位");
			x.reply(reply, today, "承办单位");
			x.rate("satisfied", today, "张伟", settings.daysFor(type));
		}, null);
	}

	private Optional<Long> citizen(String username) {
		return accounts.citizenPage(username, 0, 5).stream().filter(u -> u.username().equals(username)).findFirst()
			.map(u -> u.id());
	}
}
