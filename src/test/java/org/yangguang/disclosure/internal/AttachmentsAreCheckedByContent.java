package org.yangguang.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yangguang.storage.AttachmentType;
import org.yangguang.shared.RuleViolationException;

/**
 * Attachments are PDF, Office documents or images, recognised by their content (magic bytes), with an extension
 * that matches, not empty, not above the size limit, and readable; PDF and Word text is extracted for search.
 */
class AttachmentsAreCheckedByContent {

	static final AttachmentPolicy POLICY = new AttachmentPolicy(1024 * 1024);

	@Test
	void aPdfIsAcceptedAndItsTextExtracted() {
		var accepted = POLICY.check("预算表.pdf", TestFiles.pdf("Budget 2026 total 48236.50"));
		assertThat(accepted.type()).isEqualTo(AttachmentType.PDF);
		assertThat(accepted.mediaType()).isEqualTo("application/pdf");
		assertThat(accepted.text()).contains("Budget 2026 total 48236.50");
	}

	@Test
	void aWordDocumentIsAcceptedAndItsTextExtracted() {
		var accepted = POLICY.check("通知.docx", TestFiles.docx("关于做好学生资助工作的通知"));
		assertThat(accepted.type()).isEqualTo(AttachmentType.DOCX);
		assertThat(accepted.text()).contains("学生资助");
	}

	@Test
	void imagesAreRecognisedByTheirFirstBytes() {
		assertThat(POLICY.check("a.png", TestFiles.png()).type()).isEqualTo(AttachmentType.PNG);
		assertThat(POLICY.check("a.JPG", TestFiles.jpeg()).type()).isEqualTo(AttachmentType.JPEG);
		assertThat(POLICY.check("a.gif", TestFiles.gif()).type()).isEqualTo(AttachmentType.GIF);
	}

	@Test
	void aProgramRenamedToPdfIsRefused() {
		assertRefused("setup.pdf", TestFiles.exe(), "disclosure.attachment.error.type");
	}

	@Test
	void aZipThatIsNotAnOfficeDocumentIsRefused() {
		assertRefused("report.docx", TestFiles.zip(), "disclosure.attachment.error.type");
	}

	@Test
	void anExtensionThatDoesNotMatchTheContentIsRefused() {
		assertRefused("picture.png", TestFiles.pdf("x"), "disclosure.attachment.error.extension");
		assertRefused("noextension", TestFiles.pdf("x"), "disclosure.attachment.error.extension");
	}

	@Test
	void emptyAndOversizedFilesAreRefused() {
		assertRefused("a.pdf", new byte[0], "disclosure.attachment.error.empty");
		byte[] big = new byte[1024 * 1024 + 1];
		System.arraycopy(TestFiles.png(), 0, big, 0, TestFiles.png().length);
		assertRefused("a.png", big, "disclosure.attachment.error.tooLarge");
	}

	@Test
	void aDamagedPdfIsRefused() {
		assertRefused("a.pdf", TestFiles.damagedPdf(), "disclosure.attachment.error.damaged");
	}

	@Test
	void theFileNameLosesItsPathAndControlCharacters() {
		assertThat(AttachmentPolicy.cleanName("C:\\Users\\a\\年度报告.pdf")).isEqualTo("年度报告.pdf");
		assertThat(AttachmentPolicy.cleanName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
		assertThat(AttachmentPolicy.cleanName("a\u0000b<c>.pdf")).isEqualTo("abc.pdf");
		assertThat(AttachmentPolicy.cleanName("x".repeat(300) + ".pdf")).hasSize(AttachmentPolicy.MAX_NAME)
			.endsWith(".pdf");
		assertRefused("  ", TestFiles.pdf("x"), "disclosure.attachment.error.name");
	}

	private static void assertRefused(String name, byte[] content, String key) {
		assertThatThrownBy(() -> POLICY.check(name, content)).isInstanceOf(RuleViolationException.class)
			.satisfies(e -> {
				assertThat(((RuleViolationException) e).messageKey()).isEqualTo(key);
				assertThat(((RuleViolationException) e).field()).isEqualTo("file");
			});
	}
}
