package org.yangguang.inforequest;

import java.util.List;

/** Why one row of an import was refused: its row number, the field, and the message key with its arguments. */
public record ImportProblem(int row, String field, String messageKey, List<Object> args) {

	public ImportProblem {
		args = List.copyOf(args);
	}
}
