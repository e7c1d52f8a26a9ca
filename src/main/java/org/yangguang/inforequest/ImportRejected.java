package org.yangguang.inforequest;

import java.util.List;

import org.yangguang.shared.RuleViolationException;

/** An import refused as a whole (nothing was imported) because of the listed rows. */
public class ImportRejected extends RuleViolationException {

	private final transient List<ImportProblem> problems;

	public ImportRejected(List<ImportProblem> problems) {
		super("inforequest.import.rejected", problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return problems;
	}
}
