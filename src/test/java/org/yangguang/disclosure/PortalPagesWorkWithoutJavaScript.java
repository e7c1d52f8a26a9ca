package org.yangguang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yangguang.support.Api;
import org.yangguang.support.IntegrationTest;
import org.w3c.dom.Document;

/**
 * The public portal, plain HTML: the column with its four entrances, the organisations' catalogs, a document page
 * with its metadata grid, interpretation links both ways, Atom feeds, the sitemap and the kiosk.
 */
@IntegrationTest
class PortalPagesWorkWithoutJavaScript {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest);
	}

	@Test
	void theColumnHasTheFourStandardEntrancesAndTheOrganisations() {
		String page = rest.getForObject("/disclosure", String.class);
		assertThat(page).contains("公开指南", "公开制度", "法定主动公开内容", "公开年报", "依申请公开", "href=\"/requests\"",
				"余庆县教育局", "龙溪镇");
		assertThat(rest.getForObject("/disclosure/guide", String.class)).contains("政府信息公开工作机构", "0851-26221000");
		assertThat(rest.getForObject("/disclosure/rules", String.class)).contains("余庆县政府信息公开保密审查办法");
		assertThat(rest.getForEntity("/disclosure/annual-reports", String.class).getStatusCode().value()).isEqualTo(200);
		assertThat(rest.getForObject("/disclosure?lang=en", String.class)).contains("Disclosure guide");
	}

	@Test
	void anOrganisationsCatalogListsItsColumnsAndDocuments() {
		String title = Disclosure.unique("子站最新公开");
		Disclosure.published(api, title);
		String page = rest.getForObject("/disclosure/org/520329-JYJ", String.class);
		assertThat(page).contains("机构职能", "政策文件", "政策解读", "财政预决算", "新闻动态", title);
		long column = jdbc.sql("SELECT c.id FROM disclosure_column c WHERE c.code = 'meetings' AND c.organisation_id ="
				+ " (SELECT d.organisation_id FROM disclosure_document d JOIN disclosure_version v ON v.document_id = d.id"
				+ " WHERE v.title = '余庆县教育局第9次党政联席会议纪要' FETCH FIRST 1 ROWS ONLY)").query(Long.class).single();
		assertThat(rest.getForObject("/disclosure/org/520329-JYJ/columns/" + column, String.class))
			.contains("会议公开", "余庆县教育局第9次党政联席会议纪要");
		assertThat(rest.getForObject("/disclosure/catalog?topic=science&genre=minutes", String.class))
			.contains("余庆县教育局第9次党政联席会议纪要").doesNotContain("在全县政务公开工作会议上的讲话");
		assertThat(rest.getForEntity("/disclosure/catalog?topic=weather", String.class).getStatusCode().value())
			.isEqualTo(400);
	}

	@Test
	void aDocumentPageShowsTheMetadataGridBeforeTheTitleAndLinksItsInterpretation() {
		long policy = idOf("余庆县人民政府关于深入推进政务公开工作的实施意见");
		long interpretation = idOf("《余庆县人民政府关于深入推进政务公开工作的实施意见》政策解读");
		String page = rest.getForObject("/disclosure/documents/" + policy, String.class);
		int grid = page.indexOf("id=\"metadata\"");
		int title = page.indexOf("id=\"doc-title\"");
		assertThat(grid).isPositive().isLessThan(title);
		assertThat(page.indexOf("索引号")).isLessThan(page.indexOf("主题分类"));
		assertThat(page.indexOf("发布机构")).isLessThan(page.indexOf("成文日期"));
		assertThat(page.indexOf("文号")).isLessThan(page.indexOf("发布日期"));
		assertThat(page).contains("相关政策解读", "/disclosure/documents/" + interpretation, "打印本页", "字号");
		assertThat(rest.getForObject("/disclosure/documents/" + interpretation, String.class))
			.contains("所解读的政策文件", "/disclosure/documents/" + policy);
		assertThat(rest.getForObject("/disclosure/documents/" + policy + "/print", String.class))
			.contains("余庆县人民政府关于深入推进政务公开工作的实施意见").doesNotContain("site-nav");
		assertThat(rest.getForObject("/disclosure/documents/" + policy + "?size=large", String.class))
			.contains("font-size:1.25rem");
	}

	@Test
	void feedsAreValidAtom() throws Exception {
		long id = Disclosure.published(api, Disclosure.unique("订阅测试 <&>"));
		ResponseEntity<String> feed = rest.getForEntity("/disclosure/feeds/org/520329-JYJ.atom", String.class);
		assertThat(feed.getHeaders().getContentType().toString()).startsWith("application/atom+xml");
		Document xml = parse(feed.getBody());
		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("feed");
		assertThat(xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isPositive();
		assertThat(feed.getBody()).contains("/disclosure/documents/" + id, "&lt;&amp;&gt;");
		long column = jdbc.sql("SELECT column_id FROM disclosure_version WHERE document_id = ?").param(id)
			.query(Long.class).single();
		assertThat(parse(rest.getForObject("/disclosure/feeds/columns/" + column + ".atom", String.class))
			.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isPositive();
	}

	@Test
	void theSitemapListsPublishedDocuments() throws Exception {
		long id = Disclosure.published(api, Disclosure.unique("站点地图"));
		String sitemap = rest.getForObject("/sitemap.xml", String.class);
		Document xml = parse(sitemap);
		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
		assertThat(sitemap).contains("/disclosure/documents/" + id + "</loc>", "/disclosure/org/520329</loc>");
	}

	@Test
	void theKioskNeedsNoLoginAndReturnsHomeAfterInactivity() {
		String home = rest.getForObject("/kiosk", String.class);
		assertThat(home).contains("政府信息自助查询", "余庆县教育局").doesNotContain("/login");
		ResponseEntity<String> org = rest.getForEntity("/kiosk/org/520329", String.class);
		assertThat(org.getBody()).contains("http-equiv=\"refresh\"", "url=/kiosk");
		assertThat(org.getHeaders().getFirst("Refresh")).endsWith("url=/kiosk");
		long policy = idOf("余庆县人民政府关于深入推进政务公开工作的实施意见");
		assertThat(rest.getForObject("/kiosk/documents/" + policy, String.class)).contains("余府发");
	}

	private long idOf(String title) {
		return jdbc.sql("SELECT d.id FROM disclosure_document d JOIN disclosure_version v ON v.document_id = d.id"
				+ " AND v.version_no = d.current_version WHERE v.title = ? ORDER BY d.id FETCH FIRST 1 ROWS ONLY")
			.param(title).query(Long.class).single();
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}
}
