package org.yangguang.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;
import org.yangguang.shared.NotFoundException;
import org.yangguang.storage.AttachmentStore;
import org.yangguang.storage.StoredBlob;

/**
 * Keeps each content in {@code <root>/ab/cd/abcd…} (the digest split for small directories). A new file is
 * written to a temporary name in the same directory and then moved into place, so a reader never sees a
 * half-written file and two nodes storing the same content at once both succeed.
 */
@Component
class FilesystemAttachmentStore implements AttachmentStore {

	private final Path root;

	FilesystemAttachmentStore(StorageProperties properties) {
		this.root = properties.path().toAbsolutePath().normalize();
	}

	@Override
	public StoredBlob put(byte[] content) {
		String digest = AttachmentStore.sha256(content);
		Path target = pathOf(digest);
		if (Files.isRegularFile(target)) {
			return new StoredBlob(digest, content.length);
		}
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), digest, ".part");
			try {
				Files.write(temp, content);
				move(temp, target);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot store " + digest + " under " + root, e);
		}
		return new StoredBlob(digest, content.length);
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException e) {
			// stored by someone else meanwhile: same digest, same bytes
		}
		catch (AtomicMoveNotSupportedException e) {
			try {
				Files.move(temp, target);
			}
			catch (FileAlreadyExistsException alreadyThere) {
				// as above
			}
		}
	}

	@Override
	public boolean contains(String sha256) {
		return StoredBlob.isDigest(sha256) && Files.isRegularFile(pathOf(sha256));
	}

	@Override
	public byte[] read(String sha256) {
		byte[] content;
		try {
			content = Files.readAllBytes(existing(sha256));
		}
		catch (NoSuchFileException e) {
			throw new NotFoundException("storage.error.notFound", sha256);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!AttachmentStore.sha256(content).equals(sha256)) {
			throw new IllegalStateException("stored content " + sha256 + " no longer matches its digest");
		}
		return content;
	}

	@Override
	public InputStream open(String sha256) {
		try {
			return Files.newInputStream(existing(sha256));
		}
		catch (NoSuchFileException e) {
			throw new NotFoundException("storage.error.notFound", sha256);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path existing(String sha256) throws NoSuchFileException {
		if (!StoredBlob.isDigest(sha256)) {
			throw new NotFoundException("storage.error.notFound", String.valueOf(sha256));
		}
		Path path = pathOf(sha256);
		if (!Files.isRegularFile(path)) {
			throw new NoSuchFileException(path.toString());
		}
		return path;
	}

	/** Only ever called with a checked digest: no path traversal is possible. */
	Path pathOf(String sha256) {
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}
}
