package org.yangguang.services;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.CurrentUser;
import org.yangguang.identity.Role;
import org.yangguang.services.internal.CaseAccess;
import org.yangguang.services.internal.MaterialFileRepository;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;
import org.yangguang.storage.AttachmentStore;
import org.yangguang.storage.AttachmentType;

/**
 * 材料库 — a citizen uploads a material once (PDF or a scan as JPEG or PNG, recognised by its content) and reuses it
 * in later applications ("信息跑腿"): a case then points at the library file instead of asking for it again. Only the
 * owner lists and reads their files; staff read a file through a case that uses it, and that reading is audited.
 */
@Service
public class MaterialLibrary {

	/** Scans and PDFs only. */
	static final Set<AttachmentType> ACCEPTED = Set.of(AttachmentType.PDF, AttachmentType.JPEG, AttachmentType.PNG);
	static final int MAX_BYTES = 10 * 1024 * 1024;

	private final MaterialFileRepository files;
	private final AttachmentStore store;
	private final CaseAccess access;
	private final AuditLog audit;
	private final Clock clock;

	MaterialLibrary(MaterialFileRepository files, AttachmentStore store, CaseAccess access, AuditLog audit,
			Clock clock) {
		this.files = files;
		this.store = store;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The file's bytes and what they are. */
	public record Content(MaterialFile file, byte[] bytes) {
	}

	/** Adds a file to the signed-in citizen's library. */
	@Transactional
	public MaterialFile upload(String name, String fileName, byte[] content) {
		CurrentUser user = citizen();
		if (content == null || content.length == 0) {
			throw RuleViolationException.onField("file", "services.error.fileEmpty");
		}
		if (content.length > MAX_BYTES) {
			throw RuleViolationException.onField("file", "services.error.fileTooLarge", MAX_BYTES / 1024 / 1024);
		}
		AttachmentType type = AttachmentType.detect(content).filter(ACCEPTED::contains)
			.orElseThrow(() -> RuleViolationException.onField("file", "services.error.fileType"));
		String label = name == null || name.isBlank() ? fileName : name.strip();
		if (label == null || label.isBlank() || label.length() > 200) {
			throw RuleViolationException.onField("name", "services.error.fileName");
		}
		String stored = fileName == null || fileName.isBlank() ? label : fileName.strip();
		var blob = store.put(content);
		long id = files.insert(user.id(), label, stored.length() > 300 ? stored.substring(0, 300) : stored,
				type.mediaType(stored), blob.size(), blob.sha256(), clock.instant());
		return files.find(id).orElseThrow().file();
	}

	/** The signed-in citizen's library, newest first. */
	@Transactional(readOnly = true)
	public List<MaterialFile> mine() {
		return files.of(citizen().id());
	}

	/** A file of one's own library. */
	@Transactional(readOnly = true)
	public Content own(long id) {
		CurrentUser user = access.user();
		MaterialFileRepository.Stored f = files.find(id).filter(s -> !user.staff() && s.accountId() == user.id())
			.orElseThrow(() -> new NotFoundException("services.error.fileNotFound", id));
		return new Content(f.file(), store.read(f.blobKey()));
	}

	/** Checks that every file is the signed-in applicant's own (404 otherwise: another's file does not exist). */
	void requireOwn(Map<Integer, Long> libraryFiles, long accountId) {
		for (Long id : libraryFiles.values()) {
			files.find(id).filter(s -> s.accountId() == accountId)
				.orElseThrow(() -> RuleViolationException.onField("files", "services.error.fileNotFound", id));
		}
	}

	/** A file used by a case, for staff who may read the case (the applicant's personal data: audited). */
	@Transactional
	public Content forCase(String caseNo, long id) {
		MaterialFileRepository.Stored f = files.find(id)
			.orElseThrow(() -> new NotFoundException("services.error.fileNotFound", id));
		audit.record("personal-data.read", "service-case", caseNo, null, null, "material file " + id);
		return new Content(f.file(), store.read(f.blobKey()));
	}

	private CurrentUser citizen() {
		CurrentUser user = access.user();
		if (user.staff() || !user.has(Role.CITIZEN)) {
			throw new AccessDeniedException("the material library is the citizen's");
		}
		return user;
	}
}
