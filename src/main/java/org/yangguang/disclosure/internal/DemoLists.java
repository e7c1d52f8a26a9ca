package org.yangguang.disclosure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.ResidentIdNumber;
import org.yangguang.shared.UnifiedSocialCreditCode;
import org.yangguang.disclosure.FeeItem;
import org.yangguang.disclosure.PowerEntry;
import org.yangguang.disclosure.PowerEntryInput;
import org.yangguang.disclosure.PowerResultInput;
import org.yangguang.disclosure.FeeItemInput;
import org.yangguang.disclosure.BulletinInput;

/**
 * Demo structured lists: power lists of the education bureau and the market regulator with the results of
 * exercising them, fee items with their yearly collections, and village bulletins with household payments.
 */
@Component
class DemoLists {

	private final Organisations organisations;
	private final PowerList powers;
	private final PowerResults results;
	private final FeeCatalog fees;
	private final VillageBulletins bulletins;

	DemoLists(Organisations organisations, PowerList powers, PowerResults results, FeeCatalog fees,
			VillageBulletins bulletins) {
		this.organisations = organisations;
		this.powers = powers;
		this.results = results;
		this.fees = fees;
		this.bulletins = bulletins;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void load(LocalDate today) {
		Organisation education = organisations.getByCode("520329-JYJ");
		Organisation market = organisations.getByCode("520329-SJJ");
		PowerEntry school = powers.insert(education.id(), new PowerEntryInput("JYJ-XK-001",
				"实施中等及以下学历教育、学前教育、自学考试助学及其他文化教育的民办学校设立、变更和终止审批", "licensing",
				"《中华人民共和国民办教育促进法》第十二条、第五十三条", "申请—受理—审查（含实地核查）—决定—送达",
				"承诺15个工作日（法定30个工作日）", "余庆县教育局政策法规股"));
		powers.insert(education.id(), new PowerEntryInput("JYJ-QR-001", "教师资格认定", "confirmation",
				"《中华人民共和国教师法》第十三条；《教师资格条例》第十三条", "网上申报—现场确认—体检—审查—公示—颁证",
				"法定30个工作日", "余庆县教育局人事股"));
		powers.insert(education.id(), new PowerEntryInput("JYJ-CF-001", "对民办学校擅自分立、合并，擅自改变名称、层次、类别和举办者，"
				+ "发布虚假招生简章等行为的行政处罚", "penalty", "《中华人民共和国民办教育促进法》第六十二条",
				"立案—调查取证—告知（听证）—决定—送达—执行", "立案之日起90日内作出决定", "余庆县教育局政策法规股"));
		PowerEntry bus = powers.insert(education.id(), new PowerEntryInput("JYJ-XK-002", "校车使用许可", "licensing",
				"《校车安全管理条例》第十四条", "学校申请—教育、公安、交通运输部门审查—县人民政府决定", "承诺10个工作日",
				"余庆县教育局安全股"));
		PowerEntry food = powers.insert(market.id(), new PowerEntryInput("SJJ-XK-001", "食品经营许可", "licensing",
				"《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》", "申请—受理—审查（必要时现场核查）—决定—发证",
				"承诺10个工作日（法定20个工作日）", "余庆县市场监督管理局行政审批股"));
		PowerEntry penalty = powers.insert(market.id(), new PowerEntryInput("SJJ-CF-001", "对未取得食品经营许可从事食品经营活动的行政处罚",
				"penalty", "《中华人民共和国食品安全法》第一百二十二条", "立案—调查取证—告知（听证）—法制审核—决定—送达—执行",
				"立案之日起90日内作出决定", "余庆县市场监督管理局执法大队"));
		PowerEntry seize = powers.insert(market.id(), new PowerEntryInput("SJJ-QZ-001", "查封、扣押不符合食品安全标准或者有证据证明可能危害人体健康的食品",
				"coercion", "《中华人民共和国食品安全法》第一百一十条第四项", "报批—通知当事人到场—制作现场笔录—送达决定书—依法处理",
				"查封、扣押期限不得超过30日", "余庆县市场监督管理局执法大队"));
		int year = today.getYear();
		String[] shops = { "余庆县龙溪镇惠民超市", "余庆县子营街道好邻居便利店", "余庆县构皮滩镇江畔农家乐", "余庆县白泥镇明星副食店",
				"余庆县敖溪镇老街餐馆", "余庆县关兴镇邻里超市" };
		for (int i = 0; i < shops.length; i++) {
			results.insert(market.id(), new PowerResultInput(food.id(), "licensing",
					"JY1520329" + year + String.format("%05d", 301 + i), shops[i], false, credit(100 + i),
					"准予食品经营许可，经营项目：预包装食品销售（含冷藏冷冻食品）、散装食品销售。", today.minusDays(15 + 23L * i)),
					"余庆县市场监督管理局");
		}
		results.insert(market.id(), new PowerResultInput(food.id(), "licensing", "JY1520329" + (year - 1) + "00877",
				"余庆县花山苗族乡山水饭店", false, credit(120), "准予食品经营许可，经营项目：热食类食品制售。",
				LocalDate.of(year - 1, 11, 14)), "余庆县市场监督管理局");
		results.insert(market.id(), new PowerResultInput(penalty.id(), "penalty", "余市监处罚〔" + year + "〕12号", "王建华",
				true, null, "未取得食品经营许可从事食品经营活动，没收违法所得人民币1860元，并处罚款人民币5万元。",
				today.minusDays(41)), "余庆县市场监督管理局");
		results.insert(market.id(), new PowerResultInput(penalty.id(), "penalty", "余市监处罚〔" + year + "〕27号",
				"余庆县松烟镇鑫旺食品批发部", false, credit(130), "经营超过保质期的食品，没收违法经营的食品，并处罚款人民币1万元。",
				today.minusDays(18)), "余庆县市场监督管理局");
		results.insert(market.id(), new PowerResultInput(penalty.id(), "penalty", "余市监处罚〔" + (year - 1) + "〕45号", "李春燕",
				true, null, "未取得食品经营许可从事食品经营活动，警告，并处罚款人民币5000元。", LocalDate.of(year - 1, 9, 3)),
				"余庆县市场监督管理局");
		results.insert(market.id(), new PowerResultInput(seize.id(), "coercion", "余市监强制〔" + year + "〕3号",
				"余庆县松烟镇鑫旺食品批发部", false, credit(130), "扣押超过保质期的预包装食品共计126件，扣押期限30日。",
				today.minusDays(25)), "余庆县市场监督管理局");
		results.insert(education.id(), new PowerResultInput(school.id(), "licensing", "余教许〔" + year + "〕2号",
				"余庆县启航艺术培训学校", false, credit(140), "准予设立民办学校，办学层次：非学历文化艺术培训。",
				today.minusDays(70)), "余庆县教育局");
		results.insert(education.id(), new PowerResultInput(bus.id(), "licensing", "余教许〔" + year + "〕5号",
				"余庆县龙溪镇中心学校", false, credit(141), "准予使用校车2辆，核定载客人数各35人，行驶线路：龙溪镇—田坝村—芝州村。",
				today.minusDays(35)), "余庆县教育局");
		loadFees(year);
		loadBulletins(today);
	}

	private void loadFees(int year) {
		Organisation land = organisations.getByCode("520329-ZRJ");
		Organisation housing = organisations.getByCode("520329-ZJJ");
		FeeItem registration = fees.insert(land.id(), new FeeItemInput("不动产登记费",
				"《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）；"
						+ "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）",
				"住宅类不动产登记每件80元；非住宅类不动产登记每件550元；证书工本费每本10元（首本免收）", "余庆县不动产登记中心", true));
		fees.collected(registration, year - 1, new BigDecimal("1286400.00"), "余庆县自然资源局");
		fees.collected(registration, year, new BigDecimal("1102560.00"), "余庆县自然资源局");
		FeeItem reclamation = fees.insert(land.id(), new FeeItemInput("土地复垦费", "《土地复垦条例》第十八条",
				"按照土地复垦方案确定的复垦费用标准缴纳", "余庆县自然资源局", true));
		fees.collected(reclamation, year - 1, new BigDecimal("356000.00"), "余庆县自然资源局");
		FeeItem road = fees.insert(housing.id(), new FeeItemInput("城市道路占用、挖掘修复费", "《城市道路管理条例》第三十七条",
				"按照省价格主管部门、财政部门核定的标准收取", "余庆县住房和城乡建设局", true));
		fees.collected(road, year - 1, new BigDecimal("84520.00"), "余庆县住房和城乡建设局");
		fees.collected(road, year, new BigDecimal("61300.00"), "余庆县住房和城乡建设局");
	}

	private void loadBulletins(LocalDate today) {
		Organisation tianba = organisations.getByCode("520329102201");
		Organisation zhizhou = organisations.getByCode("520329102202");
		int year = today.getYear();
		bulletins.insert(tianba.id(), new BulletinInput("田坝村" + year + "年第三季度村务公开", "quarterly",
				year + "年第三季度", today.minusDays(50), "本期公开村级财务收支和惠民补贴发放情况，如有疑问请于公示之日起7日内向村务监督委员会反映。",
				String.join("\n", "收入|上级转移支付|120000.00|村级组织运转经费", "收入|村集体经济收入|36500.00|茶园租赁",
						"支出|村干部报酬|42000.00|", "支出|通组道路维修|28600.00|田坝组至新寨组", "支出|办公经费|3200.50|"),
				payments(List.of("王德明", "李秀英", "张国强", "陈玉兰", "刘光荣"), "耕地地力保护补贴",
						List.of("1286.40", "964.80", "1608.00", "723.60", "1125.60"), 1)),
				"龙溪镇政务公开办");
		bulletins.insert(tianba.id(), new BulletinInput("田坝村" + year + "年9月农村低保金发放公示", "monthly",
				year + "年9月", today.minusDays(80), null, null,
				payments(List.of("杨正芬", "赵永贵", "周春梅"), "农村最低生活保障金", List.of("615.00", "615.00", "430.00"),
						11)),
				"龙溪镇政务公开办");
		bulletins.insert(zhizhou.id(), new BulletinInput("芝州村" + year + "年第三季度村务公开", "quarterly",
				year + "年第三季度", today.minusDays(45), null,
				String.join("\n", "收入|上级转移支付|98000.00|", "收入|光伏发电收益|22400.00|", "支出|村干部报酬|39600.00|",
						"支出|人居环境整治|15800.00|垃圾清运"),
				payments(List.of("吴长青", "欧阳春明", "罗小兰"), "临时救助金", List.of("1500.00", "2000.00", "800.00"), 21)),
				"龙溪镇政务公开办");
	}

	private static String payments(List<String> names, String subsidy, List<String> amounts, int seed) {
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < names.size(); i++) {
			int n = seed + i;
			String first17 = "520329" + (1950 + (n * 7) % 45) + String.format("%02d%02d", 1 + n % 12, 1 + (n * 3) % 28)
					+ String.format("%03d", 100 + n * 13 % 900);
			String id = first17 + ResidentIdNumber.checkCharacter(first17);
			String phone = "1" + (38 + n % 2) + String.format("%08d", 51230000L + n * 7919L % 10000000L);
			lines.append(names.get(i)).append('|').append(id).append('|').append(phone).append('|').append(subsidy)
				.append('|').append(amounts.get(i)).append("|\n");
		}
		return lines.toString();
	}

	private static String credit(int n) {
		return UnifiedSocialCreditCode.withCheck("92520329MA" + String.format("%07d", n));
	}
}
