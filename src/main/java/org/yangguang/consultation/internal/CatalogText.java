package org.yangguang.consultation.internal;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import org.yangguang.consultation.AdoptionReport;
import org.yangguang.consultation.ConsultationView;

/**
 * The texts a consultation puts into the disclosure catalog's column 重大决策预公开: the notice of the draft (征求意见稿)
 * with its articles and where to comment, and the adoption report (采纳情况说明). Plain HTML, escaped.
 */
final class CatalogText {

	private CatalogText() {
	}

	static String draftNotice(ConsultationView v) {
		StringBuilder html = new StringBuilder();
		para(html, "为增强决策透明度，广泛听取社会各界意见，现将《" + v.title() + "》（征求意见稿）向社会公开征求意见。");
		para(html, "征求意见时间：" + v.opensOn() + " 至 " + v.closesOn() + "（共" + v.periodDays() + "天）。"
				+ (v.shortReason() == null ? "" : "征求意见期少于规定天数的理由：" + v.shortReason()));
		html.append("<p>网上提交意见：<a href=\"").append(v.url()).append("\">").append(v.url()).append("</a></p>");
		if (v.contact() != null) {
			para(html, "书面意见及联系方式：" + v.contact());
		}
		if (v.background() != null) {
			html.append("<h2>起草说明</h2>");
			v.background().lines().forEach(l -> para(html, l));
		}
		html.append("<h2>征求意见稿</h2>");
		String chapter = null;
		for (ConsultationView.Article a : v.articles()) {
			if (a.chapter() != null && !a.chapter().equals(chapter)) {
				chapter = a.chapter();
				html.append("<h3>").append(htmlEscape(chapter)).append("</h3>");
			}
			para(html, a.label() + "　" + a.text());
		}
		return html.toString();
	}

	static String adoptionReport(AdoptionReport r, ConsultationView v) {
		StringBuilder html = new StringBuilder();
		para(html, v.orgName() + "于" + v.opensOn() + "至" + (v.closedEarlyOn() == null ? v.closesOn() : v.closedEarlyOn())
				+ "就《" + v.title() + "》公开征求意见，共收到意见" + r.comments() + "条，其中采纳" + r.adopted() + "条，部分采纳"
				+ r.partly() + "条，未采纳" + r.rejected() + "条。现将采纳情况说明如下：");
		html.append("<table><thead><tr><th>序号</th><th>条款</th><th>意见摘要</th><th>采纳情况</th><th>理由</th></tr></thead><tbody>");
		int n = 0;
		for (AdoptionReport.Item i : r.items()) {
			html.append("<tr><td>").append(++n).append("</td><td>")
				.append(htmlEscape(i.articleLabel() == null ? "总体意见" : i.articleLabel())).append("</td><td>")
				.append(htmlEscape(i.summary())).append("</td><td>").append(label(i.decision().key()))
				.append("</td><td>").append(htmlEscape(i.reason() == null ? "" : i.reason())).append("</td></tr>");
		}
		html.append("</tbody></table>");
		html.append("<p>征求意见页面：<a href=\"").append(v.url()).append("\">").append(v.url()).append("</a></p>");
		return html.toString();
	}

	private static String label(String decision) {
		return switch (decision) {
			case "adopted" -> "采纳";
			case "partly" -> "部分采纳";
			default -> "未采纳";
		};
	}

	private static void para(StringBuilder html, String text) {
		if (text != null && !text.isBlank()) {
			html.append("<p>").append(htmlEscape(text.strip())).append("</p>");
		}
	}
}
