package org.yangguang.services.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.yangguang.calendar.WorkingDayCalendar;
import org.yangguang.calendar.internal.HolidayDataFile;
import org.yangguang.services.CaseApplicant;
import org.yangguang.services.ItemKind;
import org.yangguang.services.ItemType;
import org.yangguang.services.LifeEvent;
import org.yangguang.services.ServiceGuide;
import org.yangguang.services.TargetUser;

/** Guides and cases on the official calendar shipped with the code, for the unit tests of the case rules. */
final class CaseFixtures {

	static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(HolidayDataFile.load());
	static final CaseApplicant ZHANG = new CaseApplicant(7L, "张伟", "520329199003151237", "13885212345");

	private CaseFixtures() {
	}

	static List<ServiceGuide.Material> materials() {
		return List.of(new ServiceGuide.Material(1, "《教师资格认定申请表》", true, "ORIGINAL", 1, "申请人自备", null, null),
				new ServiceGuide.Material(2, "身份证", true, "ORIGINAL_AND_COPY", 1, "申请人自备", "核验原件", null),
				new ServiceGuide.Material(3, "学历证书", true, "ORIGINAL_AND_COPY", 1, "申请人自备", null, null),
				new ServiceGuide.Material(4, "近期免冠照片", false, "ORIGINAL", 2, "申请人自备", null, null));
	}

	/** 教师资格认定: promised in 10 working days (review 4, decide 3, certificate 2, delivery 1). */
	static ServiceGuide promised() {
		return guide("520329-JYJ-001", ItemKind.PROMISED, 20, 10, new ServiceGuide.StepBudgets(4, 3, 2, 1), List.of());
	}

	static ServiceGuide instant() {
		return guide("520329-JYJ-003", ItemKind.INSTANT, 1, 0, null, List.of());
	}

	/** 餐饮店开办一件事: three departments in parallel. */
	static ServiceGuide joint() {
		return guide("520329-SJJ-020", ItemKind.PROMISED, 20, 10, null,
				List.of(new ServiceGuide.JointTask("520329-SJJ", "食品经营许可", 10),
						new ServiceGuide.JointTask("520329-WJJ", "公共场所卫生许可", 7),
						new ServiceGuide.JointTask("520329-ZJJ", "招牌设置审批", 5)));
	}

	static ServiceGuide guide(String code, ItemKind kind, int statutory, int promised, ServiceGuide.StepBudgets steps,
			List<ServiceGuide.JointTask> joint) {
		return new ServiceGuide(code, "教师资格认定", ItemType.ADMINISTRATIVE_LICENSE, "520329-JYJ", "余庆县教育局",
				"《教师资格条例》第十三条", null, null, "具有中华人民共和国国籍", List.of(), statutory, promised, kind, null, steps,
				List.of("WINDOW", "ONLINE"), "余庆县政务服务中心二楼", "工作日", 1, 3, materials(), List.of(),
				new ServiceGuide.Result("教师资格证书", "CERTIFICATE"), Set.of(TargetUser.PERSON),
				Set.of(LifeEvent.EMPLOYMENT), new ServiceGuide.Contacts("0851-26221020", "0851-26221001"), List.of(),
				joint);
	}

	static ServiceCase submitted(ServiceGuide guide, LocalDate on, Integer... materials) {
		return ServiceCase.submit("BJ2025000001", guide.code(), 1, guide, 3L, "online", ZHANG, List.of(materials), on,
				"张伟");
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}
}
