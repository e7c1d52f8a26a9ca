package org.yangguang.services;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 办事指南 — every element of a service item (DOMAIN.md §5), as one version publishes it. Time limits are in working
 * days; an instant item (即办件) has {@code promisedDays} 0 and no step budgets.
 *
 * @param code             事项编码
 * @param department       the competent department's organisation code (主管部门)
 * @param implementingBody 实施主体
 * @param parent           the main item's code for a sub-item or business case; null for a main item
 * @param businessCase     业务办理项 (新办, 变更, 延续, 注销); null for a main item
 * @param steps            per-step budgets of a promised item (审查, 决定, 制证, 送达), summing to {@code promisedDays}
 * @param visits           跑动次数 — how many times the applicant must come
 * @param onlineDepth      网办深度: 1 information, 2 forms to download, 3 online pre-check and acceptance, 4 wholly online
 * @param jointTasks       并联审批: the departments deciding in parallel, each with its own budget; empty otherwise
 */
public record ServiceGuide(String code, String name, ItemType type, String department, String implementingBody,
		String legalBasis, String parent, BusinessCase businessCase, String conditions,
		List<SpecialProcedure> specialProcedures, int statutoryDays, int promisedDays, ItemKind kind,
		String timeLimitNote, StepBudgets steps, List<String> channels, String address, String hours, int visits,
		int onlineDepth, List<Material> materials, List<Fee> fees, Result result, Set<TargetUser> targetUsers,
		Set<LifeEvent> lifeEvents, Contacts contacts, List<Faq> faq, List<JointTask> jointTasks) {

	public ServiceGuide {
		specialProcedures = specialProcedures == null ? List.of() : List.copyOf(specialProcedures);
		channels = channels == null ? List.of() : List.copyOf(channels);
		materials = materials == null ? List.of() : List.copyOf(materials);
		fees = fees == null ? List.of() : List.copyOf(fees);
		targetUsers = targetUsers == null ? Set.of() : Set.copyOf(targetUsers);
		lifeEvents = lifeEvents == null ? Set.of() : Set.copyOf(lifeEvents);
		faq = faq == null ? List.of() : List.copyOf(faq);
		jointTasks = jointTasks == null ? List.of() : List.copyOf(jointTasks);
	}

	/** 业务办理项. */
	public enum BusinessCase {
		/** 新办 */
		NEW,
		/** 变更 */
		CHANGE,
		/** 延续 */
		RENEWAL,
		/** 注销 */
		CANCELLATION
	}

	/** 特别程序 (听证, 现场勘验, 专家评审, 公示…): the clock is paused while it runs, at most {@code maxDays}. */
	public record SpecialProcedure(String name, Integer maxDays, String note) {
	}

	/** Working-day budgets of the four steps of a promised item. */
	public record StepBudgets(int review, int decide, int certify, int deliver) {

		public int total() {
			return review + decide + certify + deliver;
		}

		public int of(CaseStep step) {
			return switch (step) {
				case REVIEW -> review;
				case DECISION -> decide;
				case CERTIFICATE -> certify;
				case DELIVERY -> deliver;
			};
		}
	}

	/**
	 * 申请材料.
	 *
	 * @param id     stable within the item across versions
	 * @param form   ORIGINAL 原件, COPY 复印件, ORIGINAL_AND_COPY 原件及复印件, ELECTRONIC 电子件
	 * @param source 来源渠道, e.g. 申请人自备
	 */
	public record Material(int id, String name, boolean required, String form, Integer copies, String source,
			String notes, String legalBasis) {
	}

	/** 收费项目: the standard, its basis, and whether it may be waived (减免). */
	public record Fee(String item, String standard, String basis, boolean waivable) {
	}

	/** 办理结果: its name and type (CERTIFICATE 证照, APPROVAL_DOCUMENT 批文, OTHER 其他). */
	public record Result(String name, String type) {

		public boolean certificate() {
			return "CERTIFICATE".equals(type);
		}
	}

	/** 咨询 and 投诉 telephone numbers. */
	public record Contacts(String consultation, String complaint) {
	}

	/** 常见问题. */
	public record Faq(String question, String answer) {
	}

	/** One department's part of a joint approval and its budget in working days. */
	public record JointTask(String department, String task, int days) {
	}

	public boolean instant() {
		return kind == ItemKind.INSTANT;
	}

	public boolean joint() {
		return !jointTasks.isEmpty();
	}

	public Optional<Material> material(int id) {
		return materials.stream().filter(m -> m.id() == id).findFirst();
	}

	public List<Material> requiredMaterials() {
		return materials.stream().filter(Material::required).toList();
	}
}
