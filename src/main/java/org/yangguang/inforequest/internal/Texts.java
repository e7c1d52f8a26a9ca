package org.yangguang.inforequest.internal;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A message key used as an argument of another message, resolved in the reader's language. */
final class Texts {

	private Texts() {
	}

	static DefaultMessageSourceResolvable key(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}
}
