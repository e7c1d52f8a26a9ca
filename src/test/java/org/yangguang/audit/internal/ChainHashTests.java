package org.yangguang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.yangguang.audit.AuditEntry;

class ChainHashTests {

	private static final OffsetDateTime WHEN = OffsetDateTime.of(2026, 5, 1, 9, 30, 0, 123_000_000,
			ZoneOffset.ofHours(8));

	private static AuditEntry entry(String reason) {
		return new AuditEntry(7, WHEN, "clerk", "10.0.0.1", "organisation.renamed", "organisation", "42",
				"{\"name\":\"教育局\"}", "{\"name\":\"县教育局\"}", reason, ChainHash.GENESIS, null);
	}

	@Test
	void canonicalFormIsLengthPrefixedFieldsInAFixedOrder() {
		assertThat(ChainHash.canonicalForm(entry("更正名称"))).isEqualTo("audit-v1|64:" + ChainHash.GENESIS
				+ "|1:7|13:1777599000123|5:clerk|8:10.0.0.1|20:organisation.renamed|12:organisation|2:42|"
				+ "20:{\"name\":\"教育局\"}|23:{\"name\":\"县教育局\"}|12:更正名称|");
	}

	/** Computed independently (Python's hashlib) from the canonical form above: entries stored today verify forever. */
	@Test
	void theHashOfAnEntryNeverChanges() {
		assertThat(ChainHash.of(entry("更正名称")))
			.isEqualTo("2d8be0682a9fc7c6eba92d77a25ea2114edcf1e451047b49e7ca3f2648276407");
	}

	@Test
	void theSameInstantInAnotherOffsetHashesTheSame() {
		AuditEntry utc = new AuditEntry(7, WHEN.withOffsetSameInstant(ZoneOffset.UTC), "clerk", "10.0.0.1",
				"organisation.renamed", "organisation", "42", "{\"name\":\"教育局\"}", "{\"name\":\"县教育局\"}",
				"更正名称", ChainHash.GENESIS, null);
		assertThat(ChainHash.of(utc)).isEqualTo(ChainHash.of(entry("更正名称")));
	}

	@Test
	void changingAnyFieldChangesTheHash() {
		assertThat(ChainHash.of(entry("更正名称"))).isNotEqualTo(ChainHash.of(entry("更正名称 ")));
	}

	@Test
	void nullAndEmptyTextAreDifferent() {
		assertThat(ChainHash.of(entry(null))).isNotEqualTo(ChainHash.of(entry("")));
	}

	@Test
	void textCannotMoveFromOneFieldToTheNext() {
		AuditEntry a = new AuditEntry(1, WHEN, "a|b", null, "x", "t", null, null, null, null, ChainHash.GENESIS,
				null);
		AuditEntry b = new AuditEntry(1, WHEN, "a", "b", "x", "t", null, null, null, null, ChainHash.GENESIS, null);
		assertThat(ChainHash.of(a)).isNotEqualTo(ChainHash.of(b));
	}

	@Test
	void theStoredHashIsNotPartOfWhatIsHashed() {
		AuditEntry entry = entry("更正名称");
		assertThat(ChainHash.of(entry.withHash("anything"))).isEqualTo(ChainHash.of(entry));
	}
}
