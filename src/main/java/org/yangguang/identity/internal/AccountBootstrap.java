package org.yangguang.identity.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.identity.AccountKind;
import org.yangguang.identity.CitizenProfile;
import org.yangguang.identity.Role;
import org.yangguang.organisation.NewOrganisation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.Organisations;

/**
 * Accounts that must exist at start-up: the demo accounts (only with demo data), and the first administrator from
 * {@code YANGGUANG_ADMIN_USERNAME}/{@code YANGGUANG_ADMIN_PASSWORD} when no administrator exists. Refuses to start a
 * production (postgres) database that holds demo accounts unless demo data was asked for.
 */
@Component
@Order(20)
class AccountBootstrap implements ApplicationRunner {

	/** The demo accounts' password, documented in the README. */
	static final String DEMO_PASSWORD = "Demo@2026";

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	/** @param head 政务公开办负责人: approves extensions (政府信息公开条例第三十三条) */
	private record DemoStaff(String username, String name, String orgCode, Set<Role> roles, boolean head) {

		DemoStaff(String username, String name, String orgCode, Set<Role> roles) {
			this(username, name, orgCode, roles, false);
		}
	}

	private static final List<DemoStaff> DEMO_STAFF = List.of(
			new DemoStaff("admin", "系统管理员", "520329", EnumSet.of(Role.ADMIN)),
			new DemoStaff("office", "县政务公开办 王敏", "520329", EnumSet.of(Role.DISCLOSURE_OFFICE), true),
			new DemoStaff("office2", "县政务公开办 杨帆", "520329", EnumSet.of(Role.DISCLOSURE_OFFICE)),
			new DemoStaff("clerk", "县教育局 刘洋", "520329-JYJ", EnumSet.of(Role.CLERK)),
			new DemoStaff("leader", "县教育局 陈志刚", "520329-JYJ", EnumSet.of(Role.LEADER)),
			new DemoStaff("window", "政务服务中心 赵丽", "520329-ZWZX", EnumSet.of(Role.WINDOW)),
			new DemoStaff("operator", "县长公开电话 孙倩", "520329", EnumSet.of(Role.OPERATOR)),
			new DemoStaff("supervisor", "县督查室 周强", "520329", EnumSet.of(Role.SUPERVISOR)),
			new DemoStaff("auditor", "县审计员 吴静", "520329", EnumSet.of(Role.AUDITOR)));

	private final AccountRepository accounts;
	private final Organisations organisations;
	private final PasswordEncoder encoder;
	private final Environment environment;
	private final Clock clock;
	private final boolean demo;
	private final String adminUsername;
	private final String adminPassword;

	AccountBootstrap(AccountRepository accounts, Organisations organisations, PasswordEncoder encoder,
			Environment environment, Clock clock, @Value("${yangguang.demo.enabled:false}") boolean demo,
			@Value("${yangguang.admin.username:}") String adminUsername,
			@Value("${yangguang.admin.password:}") String adminPassword) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.encoder = encoder;
		this.environment = environment;
		this.clock = clock;
		this.demo = demo;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		refuseDemoAccountsInProduction();
		if (demo && !accounts.exists("admin")) {
			createDemoAccounts();
		}
		else if (demo) {
			createMissingDemoStaff();
		}
		if (!adminUsername.isBlank() && !accounts.anyWithRole(Role.ADMIN)) {
			createFirstAdministrator();
		}
	}

	private void refuseDemoAccountsInProduction() {
		boolean production = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
		if (production && !demo && accounts.anyDemo()) {
			throw new IllegalStateException("This PostgreSQL database holds demo accounts whose password is public. "
					+ "Remove them, or start with YANGGUANG_DEMO=true if this is a demonstration system.");
		}
	}

	private void createDemoAccounts() {
		String hash = encoder.encode(DEMO_PASSWORD);
		for (DemoStaff s : DEMO_STAFF) {
			staff(s, hash);
		}
		citizen("citizen1", hash, new CitizenProfile(CitizenProfile.ApplicantKind.NATURAL_PERSON, "张伟",
				"resident_id", "520329199003151237", null, null, null, null, "13885212345", "zhangwei@example.cn",
				"贵州省遵义市余庆县白泥镇满溪村三组12号"));
		citizen("citizen2", hash, new CitizenProfile(CitizenProfile.ApplicantKind.NATURAL_PERSON, "李娜",
				"resident_id", "52032919851122002X", null, null, null, null, "13984256789", "lina@example.cn",
				"贵州省遵义市余庆县子营街道子营社区8栋"));
		log.info("Demo accounts created (password {}): {} and citizen1, citizen2", DEMO_PASSWORD,
				DEMO_STAFF.stream().map(DemoStaff::username).toList());
	}

	/** Demo staff added in a later version (e.g. office2) on a demo database made before. */
	private void createMissingDemoStaff() {
		List<DemoStaff> missing = DEMO_STAFF.stream().filter(s -> !accounts.exists(s.username())).toList();
		if (!missing.isEmpty()) {
			String hash = encoder.encode(DEMO_PASSWORD);
			missing.forEach(s -> staff(s, hash));
		}
	}

	private void staff(DemoStaff s, String hash) {
		long org = organisations.getByCode(s.orgCode()).id();
		long id = accounts.insert(s.username(), hash, AccountKind.STAFF, s.name(), org, true, clock.instant());
		accounts.replaceRoles(id, s.roles());
		accounts.setDisclosureHead(id, s.head());
	}

	private void citizen(String username, String hash, CitizenProfile profile) {
		long id = accounts.insert(username, hash, AccountKind.CITIZEN, profile.displayName(), null, true,
				clock.instant());
		accounts.replaceRoles(id, EnumSet.of(Role.CITIZEN));
		accounts.insertProfile(id, profile);
	}

	private void createFirstAdministrator() {
		if (adminPassword.isBlank()) {
			throw new IllegalStateException("YANGGUANG_ADMIN_USERNAME is set but YANGGUANG_ADMIN_PASSWORD is empty");
		}
		org.yangguang.identity.PasswordPolicy.check("password", adminUsername, adminPassword);
		Organisation root = organisations.active().stream().filter(o -> o.parentId() == null).findFirst()
			.orElseGet(() -> organisations.create(new NewOrganisation("root", "人民政府", OrganisationKind.GOVERNMENT,
					null, null, Organisation.Contact.NONE, 0)));
		long id = accounts.insert(adminUsername, encoder.encode(adminPassword), AccountKind.STAFF, "系统管理员",
				root.id(), false, clock.instant());
		accounts.replaceRoles(id, EnumSet.of(Role.ADMIN));
		log.info("First administrator '{}' created in {}", adminUsername, root.name());
	}
}
