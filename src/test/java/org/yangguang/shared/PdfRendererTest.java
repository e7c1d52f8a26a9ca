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
				<html><head><style>body { font-family: "Yangguang CJK"; }</style></head>
				<body><h1>政府信息公开申请答复书</h1><p>依申请公开、办结、好差评、一次性告知。</p></body></html>""";
		byte[] pdf = PdfRenderer.render(html);
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (var doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("政府信息公开申请答复书").contains("一次性告知");
			var fonts = doc.getPage(0).getResources().getFontNames();
			assertThat(fonts).isNotEmpty();
			var font = doc.getPage(0).getResources().getFont(fonts.iterator().next());
			assertThat(font.isEmbedded()).isTrue();
		}
	}
}
