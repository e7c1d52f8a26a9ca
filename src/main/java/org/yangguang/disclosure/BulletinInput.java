package org.yangguang.disclosure;

import java.time.LocalDate;

/** What staff enter for a village bulletin (村务公开栏): the lines as pasted from a spreadsheet (see {@code BulletinLines}). */
public record BulletinInput(String title, String period, String periodLabel, LocalDate publishedOn, String notes,
		String finances, String payments) {
}
