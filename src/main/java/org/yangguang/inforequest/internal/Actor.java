package org.yangguang.inforequest.internal;

/**
 * Who takes an action: the account's name for the timeline, and the office they sign for on a reply letter.
 *
 * @param username  null for the system (the closing sweep, demo data)
 * @param name      display name
 * @param office    the organisation they act for, e.g. 余庆县教育局; may be null
 */
public record Actor(String username, String name, String office) {

	public static final Actor SYSTEM = new Actor(null, null, null);

	/**
	 * "余庆县教育局 陈志刚": the office and the name, unless the name already names the office (a display name such as
	 * "县教育局 陈志刚").
	 */
	public String signature() {
		if (name == null) {
			return office;
		}
		if (office == null) {
			return name;
		}
		String unit = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : null;
		return name.startsWith(office) || unit != null && office.contains(unit) ? name : office + " " + name;
	}
}
