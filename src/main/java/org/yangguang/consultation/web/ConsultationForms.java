package org.yangguang.consultation.web;

import java.time.LocalDate;

import org.springframework.web.multipart.MultipartFile;
import org.yangguang.consultation.ConsultationView;
import org.yangguang.consultation.internal.ArticleNumbers;

/** The forms of the consultation pages. */
final class ConsultationForms {

	private ConsultationForms() {
	}

	/**
	 * The drafting form: the articles are typed or pasted as text ("第一章 …", "第一条 …" lines), or read from an
	 * uploaded Word or Markdown file, which replaces the text.
	 */
	record DraftForm(String title, String org, String background, String contact, String articlesText,
			MultipartFile file, LocalDate opensOn, LocalDate closesOn, String reason, Boolean anonymousComments) {

		static DraftForm empty(String org, LocalDate today) {
			return new DraftForm(null, org, null, null, null, null, today, today.plusDays(29), null, false);
		}

		static DraftForm of(ConsultationView v) {
			StringBuilder text = new StringBuilder();
			String chapter = null;
			for (ConsultationView.Article a : v.articles()) {
				if (a.chapter() != null && !a.chapter().equals(chapter)) {
					chapter = a.chapter();
					text.append(chapter).append('\n');
				}
				text.append(ArticleNumbers.label(a.no())).append('　').append(a.text()).append('\n');
			}
			return new DraftForm(v.title(), v.orgCode(), v.background(), v.contact(), text.toString(), null,
					v.opensOn(), v.closesOn(), v.shortReason(), v.anonymousComments());
		}
	}

	/** A comment on the public page: the article number (empty: the whole draft) and the text. */
	record CommentForm(Integer article, String text) {

		static final CommentForm EMPTY = new CommentForm(null, null);
	}

	/** One staff step; each step reads the fields it needs. */
	record StepForm(String note, String reason, String decision, String source, String author, LocalDate receivedOn,
			Integer article, String text, String title, String docNo, String finalText, String url,
			String interpretation) {

		static final StepForm EMPTY = new StepForm(null, null, null, null, null, null, null, null, null, null, null,
				null, null);
	}
}
