package org.yangguang.consultation.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yangguang.consultation.AdoptionReport;
import org.yangguang.consultation.CommentDecision;
import org.yangguang.consultation.CommentSource;
import org.yangguang.consultation.CommentView;
import org.yangguang.consultation.ConsultationComments;
import org.yangguang.consultation.ConsultationFigures;
import org.yangguang.consultation.ConsultationPhase;
import org.yangguang.consultation.ConsultationRow;
import org.yangguang.consultation.ConsultationStatistics;
import org.yangguang.consultation.ConsultationView;
import org.yangguang.consultation.Consultations;
import org.yangguang.consultation.DraftArticle;
import org.yangguang.consultation.FinalDecision;
import org.yangguang.consultation.ModerationReason;
import org.yangguang.consultation.NewConsultation;
import org.yangguang.consultation.internal.ArticleNumbers;
import org.yangguang.shared.CreatedWithLocation;
import org.yangguang.shared.ProblemResponses;
import org.yangguang.shared.RuleViolationException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 重大决策预公开 in the API: drafts for comment with their review and publication, citizens' comments within the
 * period (409 outside it), moderation, the decision on each comment, the adoption report and the final decision.
 * A draft the caller may not read is 404; a step of another role 403; a step the state does not allow 409.
 */
@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "Consultations", description = "重大决策预公开: drafts of major decisions put out for public comment, "
		+ "the decision on every comment and the adoption report (采纳情况说明)")
@ProblemResponses({ HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT })
class ConsultationApiController {

	private final Consultations consultations;
	private final ConsultationComments comments;
	private final ConsultationFigures figures;

	ConsultationApiController(Consultations consultations, ConsultationComments comments,
			ConsultationFigures figures) {
		this.consultations = consultations;
		this.comments = comments;
		this.figures = figures;
	}

	/** An article as the API takes it: {@code no} a number ("3", 3 or "第三条"); missing: its place in the list. */
	record ArticleBody(Object no, String chapter, String text) {
	}

	record DraftBody(String title, String org, String background, String contact, List<ArticleBody> articles,
			LocalDate opensOn, LocalDate closesOn, String reason, Boolean anonymousComments) {

		NewConsultation toDraft() {
			List<DraftArticle> list = null;
			if (articles != null) {
				list = new ArrayList<>();
				for (ArticleBody a : articles) {
					if (a == null) {
						continue;
					}
					int no = a.no() == null ? list.size() + 1 : articleNo(a.no(), "articles");
					list.add(new DraftArticle(no, a.chapter(), a.text()));
				}
			}
			return new NewConsultation(title, org, background, contact, list, opensOn, closesOn, reason,
					Boolean.TRUE.equals(anonymousComments));
		}
	}

	record Created(long id, String status) {
	}

	record ReviewBody(String decision, String note) {
	}

	record ReasonBody(String reason) {
	}

	record CommentBody(Object article, String text) {
	}

	record OfflineBody(Object article, String text, String source, String author, LocalDate receivedOn) {
	}

	record DecisionBody(String decision, String reason) {
	}

	record ModerationBody(String reason, String note) {
	}

	record FinalBody(String title, String docNo, String text, String url, String interpretation) {
	}

	record TextBody(String text) {
	}

	record Items<T>(List<T> items) {
	}

	static Integer articleNo(Object given, String field) {
		if (given == null) {
			return null;
		}
		int no = ArticleNumbers.parse(String.valueOf(given));
		if (no == 0) {
			return null;
		}
		if (no < 0) {
			throw RuleViolationException.onField(field, "consultation.error.articleNo", String.valueOf(given));
		}
		return no;
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Draft a consultation (staff of the responsible organisation)")
	@CreatedWithLocation
	@PostMapping
	ResponseEntity<Created> create(@RequestBody DraftBody body) {
		ConsultationView v = consultations.create(body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/consultations/" + v.id()))
			.body(new Created(v.id(), v.status().key()));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Change a draft before it is submitted")
	@PutMapping("/{id}")
	ConsultationJson revise(@PathVariable long id, @RequestBody DraftBody body) {
		return ConsultationJson.of(consultations.revise(id, body.toDraft()));
	}

	@Operation(summary = "Published consultations (anyone), newest first; phase upcoming, open or ended")
	@GetMapping
	Items<ConsultationRow> published(@RequestParam(required = false) String phase) {
		ConsultationPhase p = null;
		if (phase != null && !phase.isBlank()) {
			p = java.util.Arrays.stream(ConsultationPhase.values()).filter(x -> x.key().equals(phase.strip()))
				.findFirst().orElseThrow(() -> RuleViolationException.onField("phase", "consultation.error.phase"));
		}
		return new Items<>(consultations.published(p));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "The staff's consultations: every one of the organisations in scope")
	@GetMapping("/desk")
	Items<ConsultationRow> desk() {
		return new Items<>(consultations.desk());
	}

	@Operation(summary = "A consultation: the public reads a published one; staff also their drafts and all comments")
	@GetMapping("/{id}")
	ConsultationJson view(@PathVariable long id) {
		return ConsultationJson.of(consultations.view(id));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Submit the draft for review")
	@PostMapping("/{id}/submit")
	ConsultationJson submit(@PathVariable long id) {
		return ConsultationJson.of(consultations.submit(id));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Review: approve, or return with a note (a leader or the office, not the author)")
	@PostMapping("/{id}/review")
	ConsultationJson review(@PathVariable long id, @RequestBody ReviewBody body) {
		String d = body.decision() == null ? "" : body.decision().strip();
		if (!d.equals("approve") && !d.equals("return")) {
			throw RuleViolationException.onField("decision", "consultation.error.reviewDecision");
		}
		return ConsultationJson.of(consultations.review(id, d.equals("approve"), body.note()));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Publish (also in the catalog column 重大决策预公开)")
	@PostMapping("/{id}/publish")
	ConsultationJson publish(@PathVariable long id) {
		return ConsultationJson.of(consultations.publish(id));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Close the comment period early, with the reason (shown on the page)")
	@PostMapping("/{id}/close")
	ConsultationJson close(@PathVariable long id, @RequestBody(required = false) ReasonBody body) {
		return ConsultationJson.of(consultations.close(id, body == null ? null : body.reason()));
	}

	@Operation(summary = "Comment on an article (its number) or on the whole draft (null) while the period is open")
	@CreatedWithLocation
	@PostMapping("/{id}/comments")
	ResponseEntity<CommentJson> comment(@PathVariable long id, @RequestBody CommentBody body) {
		CommentView c = comments.comment(id, articleNo(body.article(), "article"), body.text());
		return ResponseEntity.created(URI.create("/api/v1/consultations/" + id + "/comments/" + c.id()))
			.body(CommentJson.of(c));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Register an offline comment (letter, symposium, email, phone, visit) with its source")
	@CreatedWithLocation
	@PostMapping("/{id}/offline-comments")
	ResponseEntity<CommentJson> offline(@PathVariable long id, @RequestBody OfflineBody body) {
		CommentSource source = CommentSource.of(body.source())
			.orElseThrow(() -> RuleViolationException.onField("source", "consultation.error.source"));
		CommentView c = comments.registerOffline(id, articleNo(body.article(), "article"), body.text(), source,
				body.author(), body.receivedOn());
		return ResponseEntity.created(URI.create("/api/v1/consultations/" + id + "/comments/" + c.id()))
			.body(CommentJson.of(c));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Moderate a comment with the reason (abuse, off-topic, personal-data, spam); the author is told")
	@PostMapping("/{id}/comments/{commentId}/moderation")
	CommentJson moderate(@PathVariable long id, @PathVariable long commentId, @RequestBody ModerationBody body) {
		ModerationReason reason = ModerationReason.of(body.reason())
			.orElseThrow(() -> RuleViolationException.onField("reason", "consultation.error.moderationReason"));
		return CommentJson.of(comments.moderate(id, commentId, reason, body.note()));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Decide on a comment: adopted, partly or rejected (the reason required unless adopted)")
	@PostMapping("/{id}/comments/{commentId}/decision")
	CommentJson decide(@PathVariable long id, @PathVariable long commentId, @RequestBody DecisionBody body) {
		CommentDecision decision = CommentDecision.of(body.decision())
			.orElseThrow(() -> RuleViolationException.onField("decision", "consultation.error.decision"));
		return CommentJson.of(comments.decide(id, commentId, decision, body.reason()));
	}

	@Operation(summary = "The adoption report (采纳情况说明): public once published; comment authors never shown")
	@GetMapping("/{id}/report")
	ReportJson report(@PathVariable long id) {
		return ReportJson.of(comments.report(id));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Publish the adoption report: after the period, once every comment is decided (409 before)")
	@PostMapping("/{id}/report/publish")
	ReportJson publishReport(@PathVariable long id) {
		return ReportJson.of(comments.publishReport(id));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Link the final decision (its text is compared with the draft) and its interpretation")
	@PostMapping("/{id}/final")
	ConsultationJson conclude(@PathVariable long id, @RequestBody FinalBody body) {
		return ConsultationJson.of(consultations.conclude(id,
				new FinalDecision(body.title(), body.docNo(), body.text(), body.url(), body.interpretation())));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "The signed-in citizen's comments, with the decision once the report is published")
	@GetMapping("/comments/mine")
	Items<ConsultationComments.MyComment> mine() {
		return new Items<>(comments.mine());
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Split a pasted draft into chapters and articles (第…章, 第…条)")
	@PostMapping("/articles/split")
	Items<DraftArticle> split(@RequestBody TextBody body) {
		return new Items<>(consultations.splitArticles(body.text()));
	}

	@SecurityRequirement(name = "bearerAuth")
	@Operation(summary = "Read a draft's articles from a Word (.docx) or Markdown file")
	@PostMapping(path = "/articles/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Items<DraftArticle> importFile(@RequestParam("file") MultipartFile file) throws IOException {
		return new Items<>(consultations.importArticles(file.getBytes()));
	}

	@Operation(summary = "Figures for oversight: consultations held, comments, adoption rate, on-time reports")
	@GetMapping("/statistics")
	ConsultationStatistics statistics(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String org) {
		return figures.statistics(year, org);
	}
}
