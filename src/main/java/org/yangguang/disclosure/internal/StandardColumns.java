package org.yangguang.disclosure.internal;

import static org.yangguang.disclosure.ColumnFreshness.NEWS;
import static org.yangguang.disclosure.ColumnFreshness.REGULAR;
import static org.yangguang.disclosure.ColumnFreshness.STATIC;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.yangguang.organisation.OrganisationKind;
import org.yangguang.disclosure.ColumnFreshness;

/**
 * The standard column tree (法定主动公开内容, 条例 第二十条) every organisation gets, by kind of organisation:
 * governments, departments and townships get the full tree, villages the village-affairs columns, institutions
 * and public enterprises the columns that concern them. The codes are stable; the office may rename, retire
 * and add columns.
 */
public final class StandardColumns {

	public static final String ORGANISATION = "organisation";
	public static final String RULES = "rules";
	public static final String POLICY = "policy";
	public static final String INTERPRETATION = "interpretation";
	public static final String PLAN = "plan";
	public static final String DECISION_DRAFTS = "decision-drafts";
	public static final String BUDGET = "budget";
	public static final String PROCUREMENT = "procurement";
	public static final String PROJECTS = "projects";
	public static final String AUDIT = "audit";
	public static final String PERSONNEL = "personnel";
	public static final String POWER_LIST = "power-list";
	public static final String FEES = "fees";
	public static final String LICENSING = "licensing";
	public static final String PENALTY = "penalty";
	public static final String COERCION = "coercion";
	public static final String MEETINGS = "meetings";
	public static final String VILLAGE = "village";
	public static final String ANNUAL_REPORT = "annual-report";
	public static final String NEWS_COLUMN = "news";
	public static final String NOTICES = "notices";

	/** A column of the standard tree; {@code parent} is the code of its group, or null. */
	public record Definition(String code, String name, ColumnFreshness freshness, String parent,
			Set<OrganisationKind> kinds) {
	}

	private static final Set<OrganisationKind> AGENCIES = EnumSet.of(OrganisationKind.GOVERNMENT,
			OrganisationKind.DEPARTMENT, OrganisationKind.TOWNSHIP);
	private static final Set<OrganisationKind> ALL = EnumSet.allOf(OrganisationKind.class);
	private static final Set<OrganisationKind> NOT_VILLAGES = EnumSet.complementOf(EnumSet.of(OrganisationKind.VILLAGE));

	/** In display order; groups before their members. */
	public static final List<Definition> TREE = List.of(
			new Definition(ORGANISATION, "机构职能", STATIC, null, ALL),
			new Definition(RULES, "公开制度", STATIC, null, AGENCIES),
			new Definition("policies", "政策", STATIC, null, AGENCIES),
			new Definition(POLICY, "政策文件", REGULAR, "policies", AGENCIES),
			new Definition(INTERPRETATION, "政策解读", REGULAR, "policies", AGENCIES),
			new Definition(PLAN, "规划计划", REGULAR, null, AGENCIES),
			new Definition(DECISION_DRAFTS, "重大决策预公开", REGULAR, "policies", AGENCIES),
			new Definition("finance", "财政信息", STATIC, null, AGENCIES),
			new Definition(BUDGET, "财政预决算", REGULAR, "finance", AGENCIES),
			new Definition(PROCUREMENT, "政府采购", REGULAR, "finance", AGENCIES),
			new Definition(PROJECTS, "重大项目", REGULAR, "finance", AGENCIES),
			new Definition(AUDIT, "审计结果", REGULAR, "finance", AGENCIES),
			new Definition(PERSONNEL, "人事信息", REGULAR, null, AGENCIES),
			new Definition("powers", "权责清单与执法信息", STATIC, null, AGENCIES),
			new Definition(POWER_LIST, "权力清单", STATIC, "powers", AGENCIES),
			new Definition(FEES, "收费目录", STATIC, "powers", NOT_VILLAGES),
			new Definition(LICENSING, "行政许可", REGULAR, "powers", AGENCIES),
			new Definition(PENALTY, "行政处罚", REGULAR, "powers", AGENCIES),
			new Definition(COERCION, "行政强制", REGULAR, "powers", AGENCIES),
			new Definition(MEETINGS, "会议公开", REGULAR, null, AGENCIES),
			new Definition(VILLAGE, "村务公开", REGULAR, null,
					EnumSet.of(OrganisationKind.TOWNSHIP, OrganisationKind.VILLAGE)),
			new Definition(ANNUAL_REPORT, "年度报告", STATIC, null, AGENCIES),
			new Definition(NEWS_COLUMN, "新闻动态", NEWS, null, NOT_VILLAGES),
			new Definition(NOTICES, "通知公告", REGULAR, null, ALL));

	private StandardColumns() {
	}

	/** The standard columns an organisation of this kind gets, groups before their members. */
	public static List<Definition> forKind(OrganisationKind kind) {
		return TREE.stream().filter(d -> d.kinds().contains(kind)).toList();
	}
}
