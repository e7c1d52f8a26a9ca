package org.yangguang.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditLog;
import org.yangguang.identity.internal.AccountRepository;
import org.yangguang.identity.internal.AccountRow;
import org.yangguang.organisation.Organisations;
import org.yangguang.shared.Masks;
import org.yangguang.shared.ResidentIdNumber;
import org.yangguang.shared.UnifiedSocialCreditCode;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.RuleViolationException;

/** Accounts: citizen self-registration, staff administration, passwords. Every change is audited. */
@Service
public class Accounts {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{2,31}");
	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final AccountRepository repository;
	private final PasswordEncoder encoder;
	private final Organisations organisations;
	private final AuditLog audit;
	private final Clock clock;

	Accounts(AccountRepository repository, PasswordEncoder encoder, Organisations organisations, AuditLog audit,
			Clock clock) {
		this.repository = repository;
		this.encoder = encoder;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public long registerCitizen(CitizenRegistration registration) {
		checkUsername(registration.username());
		PasswordPolicy.check("password", registration.username(), registration.password());
		CitizenProfile p = registration.profile();
		if (p.applicantKind() == CitizenProfile.ApplicantKind.NATURAL_PERSON) {
			require("realName", p.realName(), "identity.error.realNameRequired");
			if ("resident_id".equals(p.idType()) && !ResidentIdNumber.isValid(p.idNumber())) {
				throw RuleViolationException.onField("idNumber", "identity.error.idNumberInvalid");
			}
			require("idNumber", p.idNumber(), "identity.error.idNumberRequired");
		}
		else {
			require("orgName", p.orgName(), "identity.error.orgNameRequired");
			if (!UnifiedSocialCreditCode.isValid(p.creditCode())) {
				throw RuleViolationException.onField("creditCode", "identity.error.creditCodeInvalid");
			}
			require("contactName", p.contactName(), "identity.error.contactNameRequired");
		}
		if (p.mobile() == null || !MOBILE.matcher(p.mobile()).matches()) {
			throw RuleViolationException.onField("mobile", "identity.error.mobileInvalid");
		}
		if (p.email() != null && !p.email().isBlank() && !EMAIL.matcher(p.email()).matches()) {
			throw RuleViolationException.onField("email", "identity.error.emailInvalid");
		}
		long id = repository.insert(registration.username(), encoder.encode(registration.password()),
				AccountKind.CITIZEN, p.displayName(), null, false, clock.instant());
		repository.replaceRoles(id, EnumSet.of(Role.CITIZEN));
		repository.insertProfile(id, p);
		audit.record("account.registered", "account", String.valueOf(id), null,
				"username=" + registration.username() + "; kind=" + p.applicantKind() + "; name="
						+ Masks.name(p.displayName()),
				null);
		return id;
	}

	@Transactional
	public long createStaff(String username, String displayName, long organisationId, Set<Role> roles,
			String initialPassword) {
		checkUsername(username);
		PasswordPolicy.check("password", username, initialPassword);
		requireStaffRoles(roles);
		require("displayName", displayName, "identity.error.displayNameRequired");
		organisations.get(organisationId);
		long id = repository.insert(username, encoder.encode(initialPassword), AccountKind.STAFF, displayName,
				organisationId, false, clock.instant());
		repository.replaceRoles(id, roles);
		audit.record("account.created", "account", String.valueOf(id), null,
				"username=" + username + "; organisation=" + organisationId + "; roles=" + sorted(roles), null);
		return id;
	}

	@Transactional
	public void updateStaff(long id, String displayName, long organisationId, Set<Role> roles, boolean enabled) {
		AccountRow before = row(id);
		if (before.kind() != AccountKind.STAFF) {
			throw new RuleViolationException("identity.error.notStaff");
		}
		requireStaffRoles(roles);
		require("displayName", displayName, "identity.error.displayNameRequired");
		organisations.get(organisationId);
		repository.updateStaff(id, displayName, organisationId, enabled);
		repository.replaceRoles(id, roles);
		audit.record("account.updated", "account", String.valueOf(id), describe(before),
				"displayName=" + displayName + "; organisation=" + organisationId + "; roles=" + sorted(roles)
						+ "; enabled=" + enabled,
				null);
	}

	/**
	 * 政务公开办负责人 — whether the staff account is the head of its disclosure office, who approves extensions of
	 * the reply time limit (政府信息公开条例第三十三条).
	 */
	public boolean isDisclosureHead(long accountId) {
		return repository.isDisclosureHead(accountId);
	}

	/** Makes a staff account the head of its disclosure office, or no longer; audited. */
	@Transactional
	public void setDisclosureHead(long id, boolean head) {
		AccountRow row = row(id);
		if (row.kind() != AccountKind.STAFF) {
			throw new RuleViolationException("identity.error.notStaff");
		}
		boolean before = repository.isDisclosureHead(id);
		if (before == head) {
			return;
		}
		repository.setDisclosureHead(id, head);
		audit.record("account.disclosure-head-changed", "account", String.valueOf(id), String.valueOf(before),
				String.valueOf(head), null);
	}

	@Transactional
	public void unlock(long id) {
		AccountRow row = row(id);
		repository.resetFailures(row.username());
		audit.record("account.unlocked", "account", String.valueOf(id), null, null, null);
	}

	@Transactional
	public void resetPassword(long id, String newPassword) {
		AccountRow row = row(id);
		PasswordPolicy.check("password", row.username(), newPassword);
		repository.updatePassword(id, encoder.encode(newPassword), clock.instant());
		audit.record("account.password-reset", "account", String.valueOf(id), null, null, null);
	}

	/** The signed-in user changes their own password; the current one must be given. */
	@Transactional
	public void changePassword(long id, String currentPassword, String newPassword) {
		AccountRow row = row(id);
		if (currentPassword == null || !encoder.matches(currentPassword, row.passwordHash())) {
			throw RuleViolationException.onField("currentPassword", "identity.error.currentPasswordWrong");
		}
		PasswordPolicy.check("newPassword", row.username(), newPassword);
		repository.updatePassword(id, encoder.encode(newPassword), clock.instant());
		audit.record("account.password-changed", "account", String.valueOf(id), null, null, null);
	}

	public Optional<StaffAccount> staff(long id) {
		return repository.findById(id).filter(r -> r.kind() == AccountKind.STAFF).map(this::toStaff);
	}

	/** Staff accounts of the given organisations (null: all), one page, with a name filter. */
	public List<StaffAccount> staffPage(Collection<Long> organisationIds, String query, int page, int size) {
		return repository.findPage(AccountKind.STAFF, organisationIds, query, page * size, size).stream()
			.map(this::toStaff).toList();
	}

	public List<CurrentUser> citizenPage(String query, int page, int size) {
		return repository.findPage(AccountKind.CITIZEN, null, query, page * size, size).stream()
			.map(AccountRow::toCurrentUser).toList();
	}

	/**
	 * The staff of one organisation (not its subtree) who hold any of {@code roles}: whom a module tells about a
	 * case of that organisation.
	 */
	public List<Long> staffWith(long organisationId, Set<Role> roles) {
		return repository.findStaffIds(organisationId, roles);
	}

	/**
	 * Where to send a notification outside the platform: the e-mail address and mobile number a citizen gave.
	 * Staff accounts have none. Used only by the notification channels, never shown.
	 */
	public Optional<CitizenProfile> contactOf(long accountId) {
		return repository.findProfile(accountId);
	}

	/** The citizen's own profile, unmasked: only for the citizen themself. */
	public Optional<CitizenProfile> ownProfile(long accountId) {
		return repository.findProfile(accountId);
	}

	/** A citizen's profile read in full by staff who handle their case; the read is audited. */
	public Optional<CitizenProfile> revealProfile(long accountId, String purpose) {
		Optional<CitizenProfile> profile = repository.findProfile(accountId);
		profile.ifPresent(p -> audit.record("personal-data.read", "account", String.valueOf(accountId), null, null,
				purpose));
		return profile;
	}

	private StaffAccount toStaff(AccountRow r) {
		return new StaffAccount(r.id(), r.username(), r.displayName(), r.organisationId(), r.roles(), r.enabled(),
				r.lockedAt(clock.instant()));
	}

	private AccountRow row(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("identity.error.accountNotFound", id));
	}

	private void checkUsername(String username) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw RuleViolationException.onField("username", "identity.error.usernameFormat");
		}
		if (repository.exists(username)) {
			throw RuleViolationException.onField("username", "identity.error.usernameTaken", username);
		}
	}

	private static void requireStaffRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw RuleViolationException.onField("roles", "identity.error.rolesRequired");
		}
		if (roles.contains(Role.CITIZEN)) {
			throw RuleViolationException.onField("roles", "identity.error.citizenRoleForStaff");
		}
	}

	private static void require(String field, String value, String key) {
		if (value == null || value.isBlank()) {
			throw RuleViolationException.onField(field, key);
		}
	}

	private static String describe(AccountRow r) {
		return "displayName=" + r.displayName() + "; organisation=" + r.organisationId() + "; roles="
				+ sorted(r.roles()) + "; enabled=" + r.enabled();
	}

	private static List<String> sorted(Set<Role> roles) {
		return roles.stream().map(Enum::name).sorted().toList();
	}
}
