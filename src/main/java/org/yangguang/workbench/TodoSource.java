package org.yangguang.workbench;

import java.util.List;

import org.yangguang.identity.CurrentUser;

/** Each module that gives staff work implements this; the workbench merges all sources into one list. */
public interface TodoSource {

	/** The user's open items, already limited to the user's roles and data scope. */
	List<TodoItem> todosFor(CurrentUser user);
}
