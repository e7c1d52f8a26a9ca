/**
 * 工作台 — the staff member's to-do list: one page merging the work every module has for the signed-in account,
 * overdue items first.
 * <p>
 * Public API: the interface {@link org.yangguang.workbench.TodoSource}, which a module implements (in its
 * {@code internal} package) to contribute {@link org.yangguang.workbench.TodoItem}s. The workbench owns no data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench")
package org.yangguang.workbench;
