package org.yangguang.identity;

/** Staff and citizens are separate kinds of account. */
public enum AccountKind {
	STAFF, CITIZEN
}
