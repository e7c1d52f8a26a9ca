package org.yangguang.meetings.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.meetings.MeetingKind;
import org.yangguang.meetings.NewMinutes;
import org.yangguang.meetings.NewMinutes.NewItem;
import org.yangguang.organisation.Organisations;

/**
 * Demo minutes (only with {@code yangguang.demo.enabled}, once), adapted from the seed's minutes to 余庆县: the county
 * government's standing meeting (published, one item not public), the education bureau's 党政联席会 and the
 * government office's topical meeting on disclosure (drafts), with their follow-up tasks.
 */
@Component
@Order(49)
class MeetingDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MeetingDemoData.class);
	private static final String OFFICE = "县政务公开办 王敏";

	private final MeetingWorkflow workflow;
	private final MinutesRules rules;
	private final MinutesRepository minutes;
	private final Organisations organisations;
	private final TransactionTemplate transactions;
	private final boolean enabled;

	MeetingDemoData(MeetingWorkflow workflow, MinutesRules rules, MinutesRepository minutes,
			Organisations organisations, TransactionTemplate transactions,
			@Value("${yangguang.demo.enabled:false}") boolean enabled) {
		this.workflow = workflow;
		this.rules = rules;
		this.minutes = minutes;
		this.organisations = organisations;
		this.transactions = transactions;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || !minutes.all(1).isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(tx -> {
			LocalDate today = workflow.today();
			Minutes standing = save("520329", new NewMinutes(MeetingKind.STANDING, null, "研究学生资助、公路改扩建和政务公开等工作",
					weekday(today.minusDays(24)), "县人民政府三楼会议室", "县长 张明",
					List.of("副县长 李华", "副县长 王强", "副县长 刘芳", "县人民政府办公室主任 陈刚"),
					List.of("县人大常委会、县政协有关负责同志", "县教育局、县交通运输局、县财政局主要负责人"), List.of("副县长 赵军（出差）"),
					"县人民政府办公室 杨丽",
					List.of(new NewItem("关于2026年秋季学期学生资助政策落实情况的汇报", "县教育局汇报了秋季学期学生资助资金发放情况。",
							"会议同意县教育局的汇报。由县教育局牵头，县财政局配合，10个工作日内将资助名单在县政府门户网站公示，接受社会监督。",
							"520329-JYJ", "县财政局", null, 10, true, null, List.of()),
							new NewItem("关于余庆至构皮滩公路改扩建工程进度的汇报", null,
									"会议要求县交通运输局加快施工进度，每月在政府网站公开工程进展情况，确保年底前主体工程完工。",
									"520329-JTJ", "构皮滩镇人民政府", null, 20, true, null, List.of()),
							new NewItem("关于加强政务公开相关政策规定宣传和学习", null,
									"会议要求针对政务公开工作的薄弱环节，采用多种形式加强宣传学习；由县人民政府办公室牵头，15个工作日内完善政务公开工作责任制和过错责任追究制度。",
									"520329-ZFB", null, null, 15, true, null, List.of()),
							new NewItem("关于有关人事事项", null, "会议研究了有关人事事项。", null, null, null, null, false, null,
									List.of()))));
			workflow.publish(standing.id(), (m, day) -> m.publish(day, OFFICE));
			save("520329-JYJ", new NewMinutes(MeetingKind.JOINT, 9, "研究事业发展规划、办公用房搬迁和暑期安全稳定等工作",
					weekday(today.minusDays(10)), "县教育局四楼会议室", "局长 李开学",
					List.of("党组书记、局长 李开学", "副局长 杨德军", "副局长 何忠", "纪检组长 马永刚"), List.of("办公室主任 杨明"),
					List.of(), "办公室 汪家宝",
					List.of(new NewItem("关于《余庆县教育事业发展规划》（征求意见稿）", "会议对规划征求意见稿进行了研究。",
							"会议原则同意，会后由杨德军同志按照讨论意见修改后提交局务会审议，并向社会公开征求意见。", "520329-JYJ", null, null, 10,
							true, null, List.of()),
							new NewItem("关于办公用房搬迁工作", null,
									"会议要求：1、搬迁工作由办公室牵头，杨明同志协助完成。2、办公区域相对集中。3、确保搬迁过程中财产安全。",
									"520329-JYJ", null, weekday(today.plusDays(20)), null, true, null, List.of()),
							new NewItem("关于暑期安全稳定工作", null,
									"会议要求由县教育局牵头，放假前组织一次全县中小学安全检查，对存在的安全隐患重点防控。", "520329-JYJ", "各乡镇中心学校",
									null, 5, true, null, List.of()),
							new NewItem("关于非教学人员岗位分工", null, "会议明确了非教学人员岗位分工。", null, null, null, null, false,
									null, List.of()))));
			save("520329-ZFB", new NewMinutes(MeetingKind.TOPICAL, null, "第一季度政务公开工作专题会议", weekday(today.minusDays(5)),
					"县人民政府办公室二楼会议室", "县人民政府办公室主任 陈刚", List.of("县政务公开领导小组成员"), List.of(), List.of(),
					"县政务公开办 王敏",
					List.of(new NewItem("关于进一步完善政务公开形式", null,
							"会议要求充分利用政务公开栏、公开指南等形式，由县政务服务中心牵头，20个工作日内完成各窗口公开栏更新。", "520329-ZWZX", null,
							null, 20, true, null, List.of()),
							new NewItem("关于加强政务公开的监督工作", null,
									"会议要求各单位对照政务公开内容规范安排工作，领导小组不定期开展监督检查，实行考核与日常工作同步。", null, null, null,
									null, true, null, List.of()))));
			log.info("Demo meetings: 3 minutes, one published");
		});
	}

	private Minutes save(String orgCode, NewMinutes n) {
		long org = organisations.getByCode(orgCode).id();
		return workflow.save(rules.check(n, org, workflow.today(), OFFICE), OFFICE);
	}

	/** The same day, or the Friday before when it falls on a weekend. */
	private static LocalDate weekday(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
				: day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
	}
}
