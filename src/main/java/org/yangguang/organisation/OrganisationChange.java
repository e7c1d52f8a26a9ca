package org.yangguang.organisation;

/** What happened to an organisation, as {@link OrganisationChanged} reports it. */
public enum OrganisationChange {

	/** 新设: added to the tree. */
	CREATED,
	/** 更名: its name changed (its code stays). */
	RENAMED,
	/** Its address, phone, office hours, e-mail or credit code changed. */
	CONTACT_CHANGED,
	/** Whether it accepts applications under the 政府信息公开条例 was changed. */
	ACCEPTS_APPLICATIONS_CHANGED,
	/** 隶属关系调整: it moved under another parent, with everything below it. */
	MOVED,
	/** 撤销: retired; it keeps its history. */
	RETIRED
}
