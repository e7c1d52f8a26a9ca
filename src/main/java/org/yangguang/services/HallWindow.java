package org.yangguang.services;

/**
 * A window of the service centre: a comprehensive window (综合窗口) serves every item; a department window serves the
 * items of its department.
 *
 * @param departmentCode null for a comprehensive window
 */
public record HallWindow(String code, String name, boolean comprehensive, String departmentCode,
		String departmentName, boolean open, java.util.List<String> onDuty) {
}
