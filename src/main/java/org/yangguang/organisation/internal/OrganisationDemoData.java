package org.yangguang.organisation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yangguang.organisation.NewOrganisation;
import org.yangguang.organisation.Organisation;
import org.yangguang.organisation.OrganisationKind;
import org.yangguang.organisation.OrganisationTreeNode;
import org.yangguang.organisation.Organisations;

import tools.jackson.databind.json.JsonMapper;

/**
 * Demo organisations: the real county of {@code demo/county-sample.json} (its townships and villages), a dozen
 * county departments, the service centre, a school, a hospital and the water and power companies. Loaded once.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "yangguang.demo.enabled", havingValue = "true")
class OrganisationDemoData implements ApplicationRunner {

	/** Code of the demo county's government (余庆县人民政府). */
	static final String COUNTY = "520329";

	private record Unit(String suffix, String name, OrganisationKind kind, String phone) {
	}

	private static final List<Unit> UNITS = List.of(
			new Unit("ZFB", "余庆县人民政府办公室", OrganisationKind.DEPARTMENT, "0851-26221001"),
			new Unit("FGJ", "余庆县发展和改革局", OrganisationKind.DEPARTMENT, "0851-26221010"),
			new Unit("JYJ", "余庆县教育局", OrganisationKind.DEPARTMENT, "0851-26221020"),
			new Unit("MZJ", "余庆县民政局", OrganisationKind.DEPARTMENT, "0851-26221030"),
			new Unit("RSJ", "余庆县人力资源和社会保障局", OrganisationKind.DEPARTMENT, "0851-26221040"),
			new Unit("ZRJ", "余庆县自然资源局", OrganisationKind.DEPARTMENT, "0851-26221050"),
			new Unit("ZJJ", "余庆县住房和城乡建设局", OrganisationKind.DEPARTMENT, "0851-26221060"),
			new Unit("JTJ", "余庆县交通运输局", OrganisationKind.DEPARTMENT, "0851-26221070"),
			new Unit("WJJ", "余庆县卫生健康局", OrganisationKind.DEPARTMENT, "0851-26221080"),
			new Unit("SJJ", "余庆县市场监督管理局", OrganisationKind.DEPARTMENT, "0851-26221090"),
			new Unit("CZJ", "余庆县财政局", OrganisationKind.DEPARTMENT, "0851-26221100"),
			new Unit("SHJ", "余庆县审计局", OrganisationKind.DEPARTMENT, "0851-26221110"),
			new Unit("NYJ", "余庆县农业农村局", OrganisationKind.DEPARTMENT, "0851-26221120"),
			new Unit("ZWZX", "余庆县政务服务中心", OrganisationKind.DEPARTMENT, "0851-26221200"),
			new Unit("YZ", "余庆中学", OrganisationKind.INSTITUTION, "0851-26222001"),
			new Unit("RMYY", "余庆县人民医院", OrganisationKind.INSTITUTION, "0851-26223120"),
			new Unit("ZLS", "余庆县自来水公司", OrganisationKind.ENTERPRISE, "0851-26224001"),
			new Unit("GDJ", "余庆县供电局", OrganisationKind.ENTERPRISE, "0851-26225001"));

	private final Organisations organisations;
	private final JsonMapper json;

	OrganisationDemoData(Organisations organisations, JsonMapper json) {
		this.organisations = organisations;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (organisations.findByCode(COUNTY).isPresent()) {
			return;
		}
		OrganisationTreeNode county;
		try (InputStream in = new ClassPathResource("demo/county-sample.json").getInputStream()) {
			county = json.readValue(in, OrganisationTreeNode.class);
		}
		organisations.importTree(null, List.of(new OrganisationTreeNode(county.code(), "余庆县人民政府", "county", null,
				creditCode(0), "贵州省遵义市余庆县子营街道政府路1号", "0851-26221000", "工作日 9:00-12:00，14:00-17:30",
				county.childrenOrEmpty())));
		long countyId = organisations.getByCode(COUNTY).id();
		int n = 1;
		for (Unit unit : UNITS) {
			organisations.create(new NewOrganisation(COUNTY + "-" + unit.suffix(), unit.name(), unit.kind(), countyId,
					creditCode(n), new Organisation.Contact("贵州省遵义市余庆县子营街道政府路" + (n + 1) + "号", unit.phone(),
							"工作日 9:00-12:00，14:00-17:30", null),
					n));
			n++;
		}
	}

	/** A syntactically valid unified social credit code for demo organisation number {@code n}. */
	static String creditCode(int n) {
		return org.yangguang.shared.UnifiedSocialCreditCode.withCheck("11520329MB" + String.format("%07d", n));
	}
}
