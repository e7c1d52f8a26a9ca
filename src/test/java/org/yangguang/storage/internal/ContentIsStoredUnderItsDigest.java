package org.yangguang.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yangguang.shared.NotFoundException;
import org.yangguang.storage.AttachmentStore;
import org.yangguang.storage.StoredBlob;

/** Content-addressed, write-once storage: the SHA-256 is the address, and what is read back is what was hashed. */
class ContentIsStoredUnderItsDigest {

	@TempDir
	Path root;

	FilesystemAttachmentStore store() {
		return new FilesystemAttachmentStore(new StorageProperties(root));
	}

	@Test
	void theDigestIsTheSha256OfTheBytes() {
		StoredBlob blob = store().put("abc".getBytes(StandardCharsets.US_ASCII));
		assertThat(blob.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(blob.size()).isEqualTo(3);
		assertThat(Files.isRegularFile(root.resolve("ba").resolve("78").resolve(blob.sha256()))).isTrue();
	}

	@RepeatedTest(20)
	void whatIsStoredIsReadBack(RepetitionInfo repetition) throws IOException {
		byte[] content = new byte[new Random(repetition.getCurrentRepetition()).nextInt(100_000)];
		new Random(repetition.getCurrentRepetition() * 7L).nextBytes(content);
		FilesystemAttachmentStore store = store();
		StoredBlob blob = store.put(content);
		assertThat(store.contains(blob.sha256())).isTrue();
		assertThat(store.read(blob.sha256())).isEqualTo(content);
		try (InputStream in = store.open(blob.sha256())) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void storingTheSameContentTwiceKeepsOneFile() throws IOException {
		FilesystemAttachmentStore store = store();
		StoredBlob first = store.put("同一内容".getBytes(StandardCharsets.UTF_8));
		StoredBlob second = store.put("同一内容".getBytes(StandardCharsets.UTF_8));
		assertThat(second).isEqualTo(first);
		try (var files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
		}
	}

	@Test
	void aTamperedFileIsDetected() throws IOException {
		FilesystemAttachmentStore store = store();
		StoredBlob blob = store.put("原件".getBytes(StandardCharsets.UTF_8));
		Files.writeString(store.pathOf(blob.sha256()), "改过的");
		assertThatThrownBy(() -> store.read(blob.sha256())).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void unknownAndMalformedDigestsAreNotFound() {
		FilesystemAttachmentStore store = store();
		String absent = AttachmentStore.sha256("never stored".getBytes(StandardCharsets.UTF_8));
		assertThat(store.contains(absent)).isFalse();
		assertThatThrownBy(() -> store.read(absent)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> store.read("../../etc/passwd")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> store.open("ABC")).isInstanceOf(NotFoundException.class);
		assertThat(store.contains("../x")).isFalse();
	}
}
