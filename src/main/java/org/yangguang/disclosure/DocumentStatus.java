package org.yangguang.disclosure;

/** Where a document stands for the public, whatever version is being prepared. */
public enum DocumentStatus implements Keyed {
	/** never published yet */
	UNPUBLISHED,
	/** 已发布 — public, in force */
	PUBLISHED,
	/** 已撤回 — no longer public; kept in the archive with the reason */
	WITHDRAWN,
	/** 已废止 — still public, marked repealed */
	REPEALED;

	public boolean isPublic() {
		return this == PUBLISHED || this == REPEALED;
	}
}
