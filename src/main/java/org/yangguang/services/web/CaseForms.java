package org.yangguang.services.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The forms of the service pages. */
final class CaseForms {

	private CaseForms() {
	}

	/**
	 * 在线申请: the ids of the materials the applicant has, and library files chosen for materials, each as
	 * {@code "<material id>:<file id>"} (one select per material; empty when none chosen).
	 */
	record ApplyForm(List<Integer> materials, List<String> libraryFiles) {

		Map<Integer, Long> files() {
			Map<Integer, Long> files = new LinkedHashMap<>();
			if (libraryFiles != null) {
				for (String choice : libraryFiles) {
					String[] parts = choice == null ? new String[0] : choice.split(":");
					if (parts.length == 2) {
						try {
							files.put(Integer.valueOf(parts[0]), Long.valueOf(parts[1]));
						}
						catch (NumberFormatException e) {
							// a tampered value: ignored, the material stays unsupplied
						}
					}
				}
			}
			return files;
		}

		List<Integer> ticked() {
			return materials == null ? List.of() : materials;
		}
	}

	/** 材料库 upload. */
	record UploadForm(String name) {
	}

	/** 补正: the materials now supplied. */
	record SupplementForm(List<Integer> materials) {
	}

	/** 好差评 on the portal. */
	record RatingForm(Integer level, String comment) {
	}

	/** One staff step; each step reads the fields it needs. */
	record StepForm(List<Integer> missing, String note, String reason, Boolean approved, String agent, String amount,
			Boolean waived, String basis, String method, String trackingNo) {

		static final StepForm EMPTY = new StepForm(null, null, null, null, null, null, null, null, null, null);

		BigDecimal amountValue() {
			try {
				return amount == null || amount.isBlank() ? null : new BigDecimal(amount.strip());
			}
			catch (NumberFormatException e) {
				return BigDecimal.valueOf(-1);
			}
		}
	}

	/** 窗口收件. */
	record WalkInForm(String item, String applicantName, String idNumber, String phone, List<Integer> materials,
			Long ticket) {
	}

	/** Rating levels for the radios, best first. */
	static Map<String, String> levels() {
		Map<String, String> levels = new LinkedHashMap<>();
		for (int level = 5; level >= 1; level--) {
			levels.put(Integer.toString(level), "services.rating.level." + level);
		}
		return levels;
	}

	static Map<String, String> decisions() {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("true", "services.case.approved");
		options.put("false", "services.case.notApproved");
		return options;
	}

	static Map<String, String> deliveries() {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("window", "services.delivery.window");
		options.put("post", "services.delivery.post");
		options.put("online", "services.delivery.online");
		return options;
	}
}
