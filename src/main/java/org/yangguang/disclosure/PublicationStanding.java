package org.yangguang.disclosure;

/** Where an unpublished version stands on a day. */
public enum PublicationStanding {
	ON_TIME, AT_RISK, OVERDUE;

	/** The workbench's state names. */
	public String todoState() {
		return switch (this) {
			case ON_TIME -> "on_time";
			case AT_RISK -> "due_soon";
			case OVERDUE -> "overdue";
		};
	}
}
