package org.yangguang.services;

/**
 * What the catalog is filtered by; every part optional.
 *
 * @param department the competent department's organisation code
 * @param text       words in the name or code
 */
public record ItemQuery(String department, String text, LifeEvent lifeEvent, TargetUser targetUser) {

	public static final ItemQuery ALL = new ItemQuery(null, null, null, null);
}
