package org.yangguang.services.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.identity.Accounts;
import org.yangguang.identity.CitizenProfile;
import org.yangguang.identity.CurrentUser;
import org.yangguang.organisation.Organisations;
import org.yangguang.services.CaseApplicant;
import org.yangguang.services.ServiceCatalog;
import org.yangguang.services.ServiceGuide;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data of the service centre (only with {@code yangguang.demo.enabled}, once): the county's catalog of service
 * items ({@code demo/services/service-items.json}, real items of the demo county's departments) and a few cases of
 * citizen1 in different states, so that the window and the departments have work.
 */
@Component
@Order(45)
class ServiceDemoData implements ApplicationRunner {

	static final String CATALOG = "demo/services/service-items.json";
	private static final Logger log = LoggerFactory.getLogger(ServiceDemoData.class);
	private static final String WINDOW = "政务服务中心 赵丽";

	private final ServiceCatalog catalog;
	private final CaseWorkflow workflow;
	private final Organisations organisations;
	private final Accounts accounts;
	private final JsonMapper json;
	private final TransactionTemplate transactions;
	private final HallRepository hall;
	private final boolean enabled;

	ServiceDemoData(ServiceCatalog catalog, CaseWorkflow workflow, Organisations organisations, Accounts accounts,
			JsonMapper json, TransactionTemplate transactions, HallRepository hall,
			@Value("${yangguang.demo.enabled:false}") boolean enabled) {
		this.hall = hall;
		this.catalog = catalog;
		this.workflow = workflow;
		this.organisations = organisations;
		this.accounts = accounts;
		this.json = json;
		this.transactions = transactions;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!enabled || catalog.count() > 0) {
			return;
		}
		ClassPathResource file = new ClassPathResource(CATALOG);
		if (!file.exists()) {
			log.warn("No demo service catalog at {}", CATALOG);
			return;
		}
		List<ServiceGuide> guides;
		try (InputStream in = file.getInputStream()) {
			guides = json.readValue(in, new TypeReference<List<ServiceGuide>>() {
			});
		}
		transactions.executeWithoutResult(tx -> {
			for (ServiceGuide guide : guides) {
				catalog.publishAs(guide, organisations.getByCode(guide.department()), "县政务服务中心 赵丽", "首次发布");
			}
			int cases = cases();
			windows();
			log.info("Demo service catalog: {} items, {} cases, {} windows", guides.size(), cases, hall.windows().size());
		});
	}

	/** The hall: four comprehensive windows (综合窗口) and the education bureau's window. */
	private void windows() {
		for (int n = 1; n <= 4; n++) {
			hall.saveWindow("A0" + n, "A0" + n + " 综合窗口", "comprehensive", null, true);
		}
		hall.saveWindow("B01", "B01 教育局窗口", "department", organisations.getByCode("520329-JYJ").id(), true);
	}

	/** citizen1's cases: one waiting for the pre-check, one with a one-time notice, one accepted, one delivered. */
	private int cases() {
		Optional<CaseApplicant> zhang = citizen("citizen1");
		if (zhang.isEmpty()) {
			return 0;
		}
		List<ServiceGuide> promised = catalog.all().stream().map(i -> i.guide())
			.filter(g -> g.department().equals("520329-JYJ") && !g.instant() && !g.requiredMaterials().isEmpty())
			.toList();
		if (promised.isEmpty()) {
			return 0;
		}
		ServiceGuide item = promised.get(0);
		List<Integer> all = item.materials().stream().map(ServiceGuide.Material::id).toList();
		List<Integer> allButFirst = all.subList(1, all.size());
		LocalDate today = workflow.today();
		open(item, zhang.get(), all);
		String incomplete = open(item, zhang.get(), allButFirst);
		workflow.change(incomplete, "notice", c -> WINDOW,
				(c, actor) -> c.notice(List.of(item.requiredMaterials().get(0).id()), "请补交原件", today, actor, null),
				null);
		String accepted = open(item, zhang.get(), all);
		workflow.change(accepted, "accepted", c -> WINDOW, (c, actor) -> c.accept(today, actor, item.promisedDays()),
				null);
		return 3;
	}

	private String open(ServiceGuide item, CaseApplicant applicant, List<Integer> materials) {
		var published = catalog.get(item.code());
		ServiceCase c = ServiceCase.submit(workflow.nextCaseNo(), item.code(), published.version(), item,
				organisations.getByCode(item.department()).id(), "online", applicant, materials, workflow.today(),
				applicant.name());
		workflow.register(c);
		return c.caseNo();
	}

	private Optional<CaseApplicant> citizen(String username) {
		return accounts.citizenPage(username, 0, 5).stream().filter(u -> u.username().equals(username)).findFirst()
			.map(u -> applicant(u, accounts.ownProfile(u.id()).orElse(null)));
	}

	private static CaseApplicant applicant(CurrentUser user, CitizenProfile p) {
		return p == null ? new CaseApplicant(user.id(), user.displayName(), null, null)
				: new CaseApplicant(user.id(), p.displayName(), p.idNumber(), p.mobile());
	}
}
