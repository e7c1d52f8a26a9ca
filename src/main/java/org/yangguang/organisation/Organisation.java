package org.yangguang.organisation;

import java.time.Instant;

/**
 * One organisation as other modules see it. {@code path} lists the ids from the root, e.g. "/1/5/23/".
 *
 * @param acceptsApplications whether it takes applications under the 政府信息公开条例 (第二条、第十条、第五十四条、
 *                            第五十五条): by default from its {@link OrganisationKind}, changed by the administrator
 *                            for, say, an institution that exercises public functions under a law
 */
public record Organisation(long id, String code, String name, OrganisationKind kind, Long parentId, String path,
		String creditCode, Contact contact, int sortOrder, Instant retiredAt, String retiredReason,
		boolean acceptsApplications) {

	/** An organisation that accepts applications as its kind does by default. */
	public Organisation(long id, String code, String name, OrganisationKind kind, Long parentId, String path,
			String creditCode, Contact contact, int sortOrder, Instant retiredAt, String retiredReason) {
		this(id, code, name, kind, parentId, path, creditCode, contact, sortOrder, retiredAt, retiredReason,
				kind.acceptsApplicationsByDefault());
	}

	/** Address, phone, office hours and e-mail, as published in the disclosure guide and phone directory. */
	public record Contact(String address, String phone, String officeHours, String email) {
		public static final Contact NONE = new Contact(null, null, null, null);
	}

	public boolean retired() {
		return retiredAt != null;
	}

	/** Depth in the tree: the root is 0. */
	public int depth() {
		return (int) path.chars().filter(c -> c == '/').count() - 2;
	}

	/** The ids from the root down to this organisation itself, read from the materialised path. */
	public java.util.List<Long> lineage() {
		return java.util.Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).map(Long::valueOf).toList();
	}

	/** True if this organisation is {@code other} or lies below it. */
	public boolean isWithin(Organisation other) {
		return path.startsWith(other.path());
	}
}
