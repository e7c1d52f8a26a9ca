package org.yangguang.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.yangguang.consultation.ConsultationView.DiffPart;
import org.yangguang.consultation.DraftArticle;

/** Pasted, Markdown and Word drafts become chapters and articles; numbers read as Chinese texts write them. */
class DraftsAreSplitIntoArticles {

	@Test
	void articleNumbersReadAndWriteTheChineseWay() {
		assertThat(ArticleNumbers.label(3)).isEqualTo("第三条");
		assertThat(ArticleNumbers.label(10)).isEqualTo("第十条");
		assertThat(ArticleNumbers.label(21)).isEqualTo("第二十一条");
		assertThat(ArticleNumbers.label(105)).isEqualTo("第一百零五条");
		assertThat(ArticleNumbers.parse("第十二条")).isEqualTo(12);
		assertThat(ArticleNumbers.parse("二十")).isEqualTo(20);
		assertThat(ArticleNumbers.parse("7")).isEqualTo(7);
		assertThat(ArticleNumbers.parse("第一百零五条")).isEqualTo(105);
		assertThat(ArticleNumbers.parse("abc")).isEqualTo(-1);
		assertThat(ArticleNumbers.parse(" ")).isZero();
	}

	@Test
	void markdownChaptersAndArticlesWithContinuationLines() {
		List<DraftArticle> articles = DraftText.split("""
				# 余庆县课后服务管理办法（征求意见稿）
				## 第一章 总则
				**第一条** 为规范课后服务，制定本办法。
				第二条　本办法适用于全县义务教育学校。
				学校应当公示服务内容。
				## 第二章 收费
				第三条 课后服务收费标准向社会公开。
				""");
		assertThat(articles).extracting(DraftArticle::no).containsExactly(1, 2, 3);
		assertThat(articles.get(0).chapter()).isEqualTo("第一章 总则");
		assertThat(articles.get(1).text()).isEqualTo("本办法适用于全县义务教育学校。\n学校应当公示服务内容。");
		assertThat(articles.get(2).chapter()).isEqualTo("第二章 收费");
	}

	@Test
	void aTextWithoutArticleNumbersBecomesOneArticlePerParagraph() {
		assertThat(DraftText.split("一是加强领导。\n\n二是强化考核。")).extracting(DraftArticle::text)
			.containsExactly("一是加强领导。", "二是强化考核。");
	}

	@Test
	void aWordFileIsReadParagraphByParagraph() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XWPFDocument doc = new XWPFDocument()) {
			doc.createParagraph().createRun().setText("第一章 总则");
			doc.createParagraph().createRun().setText("第一条 为规范管理，制定本办法。");
			doc.createParagraph().createRun().setText("第二条 本办法自发布之日起施行。");
			doc.write(out);
		}
		List<DraftArticle> articles = DraftText.fromFile(out.toByteArray());
		assertThat(articles).extracting(DraftArticle::no).containsExactly(1, 2);
		assertThat(articles.get(1).text()).isEqualTo("本办法自发布之日起施行。");
	}

	@Test
	void theDiffShowsRewrittenWordsInsideAnUnchangedText() {
		List<DiffPart> diff = TextDiff.between("第一条　总则。\n第二条　收费标准由学校确定。\n",
				"第一条　总则。\n第二条　收费标准由县发展改革局核定并公开。\n");
		assertThat(diff).containsExactly(new DiffPart("same", "第一条　总则。\n第二条　收费标准由"),
				new DiffPart("del", "学校确"), new DiffPart("ins", "县发展改革局核"), new DiffPart("same", "定"),
				new DiffPart("ins", "并公开"), new DiffPart("same", "。"));
	}
}
