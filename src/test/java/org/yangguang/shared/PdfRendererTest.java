package org.yangguang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Chinese text survives the round trip through the PDF, with the shipped font embedded. */
class PdfRendererTest {

	@Test
	void chineseTextIsRenderedWithTheEmbeddedFontAndExtractsBack() throws Exception {
		String html = """
				<html><head><style>body { font-family: "Yangguang Latin", "Yangguang CJK"; }</style></head>
				<body><h1>政府信息公开申请答复书</h1><p>依申请公开、办结、好差评、一次性告知。YSQ2026000123</p></body></html>""";
		byte[] pdf = PdfRenderer.render(html);
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (var doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("政府信息公开申请答复书").contains("一次性告知");
			assertThat(text).contains("YSQ2026000123");
			var resources = doc.getPage(0).getResources();
			assertThat(resources.getFontNames()).isNotEmpty();
			for (var name : resources.getFontNames()) {
				assertThat(resources.getFont(name).isEmbedded()).as(resources.getFont(name).getName()).isTrue();
			}
		}
	}
}
