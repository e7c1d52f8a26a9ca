package org.yangguang.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.yangguang.disclosure.CatalogColumn;
import org.yangguang.disclosure.Classification;
import org.yangguang.disclosure.ColumnFreshness;
import org.yangguang.disclosure.ContentProblem;
import org.yangguang.disclosure.DocumentContent;
import org.yangguang.disclosure.Genre;
import org.yangguang.disclosure.Topic;
import org.yangguang.disclosure.WithholdingGround;

/** The metadata rules of DOMAIN.md §7, every problem with its field so that a form shows them all at once. */
class ContentRulesReportEveryProblem {

	static final LocalDate TODAY = LocalDate.parse("2026-03-10");
	static final CatalogColumn POLICY = new CatalogColumn(7, 1, null, StandardColumns.POLICY, "政策文件",
			ColumnFreshness.REGULAR, null, 10, null);
	static final CatalogColumn INTERPRETATION = new CatalogColumn(8, 1, null, StandardColumns.INTERPRETATION, "政策解读",
			ColumnFreshness.REGULAR, null, 20, null);
	static final CatalogColumn RETIRED = new CatalogColumn(9, 1, null, null, "旧栏目", ColumnFreshness.REGULAR, null, 30,
			Instant.parse("2026-01-01T00:00:00Z"));

	@Test
	void aCompleteProactiveDocumentPasses() {
		var result = check(content("政策文件", "proactive", null, null));
		assertThat(result.problems()).isEmpty();
		assertThat(result.content().columnId()).isEqualTo(7);
		assertThat(result.content().classification()).isEqualTo(Classification.PROACTIVE);
		assertThat(result.content().topic()).isEqualTo(Topic.GENERAL);
		assertThat(result.content().genre()).isEqualTo(Genre.OTHER_DOCUMENT);
		assertThat(result.content().bodyText()).isEqualTo("第一条 为了规范。");
	}

	@Test
	void everyMissingFieldIsReported() {
		var result = check(new DocumentContent(null, " ", null, null, null, null, null, null, null, null, null, null,
				null, null, null));
		assertThat(result.problems()).extracting(ContentProblem::field).containsExactlyInAnyOrder("title", "column",
				"body", "writtenOn", "formedOn", "classification");
	}

	@Test
	void anUnknownOrRetiredColumnIsRefusedOnTheColumnField() {
		assertThat(check(content("不存在的栏目", "proactive", null, null)).problems())
			.extracting(ContentProblem::field, ContentProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("column", "disclosure.error.columnUnknown"));
		assertThat(check(content("旧栏目", "proactive", null, null)).problems()).extracting(ContentProblem::field)
			.containsExactly("column");
	}

	@Test
	void datesInTheFutureAreRefused() {
		var c = new DocumentContent("政策文件", "标题", "正文", null, TODAY.plusDays(1), TODAY, null, null, null, null, null,
				"proactive", null, null, null);
		assertThat(check(c).problems()).extracting(ContentProblem::field, ContentProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("writtenOn", "disclosure.error.dateInFuture"));
	}

	@Test
	void notPublicNeedsItsLegalGround() {
		assertThat(check(content("政策文件", "not_public", null, null)).problems())
			.extracting(ContentProblem::field).containsExactly("withholdingGround");
		var withGround = check(content("政策文件", "not_public", "process_information", null));
		assertThat(withGround.problems()).isEmpty();
		assertThat(withGround.content().withholdingGround()).isEqualTo(WithholdingGround.PROCESS_INFORMATION);
	}

	@Test
	void aGroundIsDroppedWhenTheInformationIsPublic() {
		assertThat(check(content("政策文件", "on_application", "state_secret", null)).content().withholdingGround())
			.isNull();
	}

	@Test
	void unknownClassificationsTopicsAndGenresAreRefused() {
		assertThat(check(content("政策文件", "secret", null, null)).problems())
			.extracting(ContentProblem::messageKey).containsExactly("disclosure.error.classificationUnknown");
		var c = new DocumentContent("政策文件", "标题", "正文", null, TODAY, TODAY, "weather", "poem", null, null, null,
				"proactive", null, null, null);
		assertThat(check(c).problems()).extracting(ContentProblem::field).containsExactly("topic", "genre");
	}

	@Test
	void onlyAnInterpretationLinksToThePolicyItExplains() {
		var interpretation = check(content("政策解读", "proactive", null, 42L));
		assertThat(interpretation.problems()).isEmpty();
		assertThat(interpretation.content().genre()).isEqualTo(Genre.INTERPRETATION);
		assertThat(interpretation.content().interpretsId()).isEqualTo(42L);
		assertThat(check(content("政策文件", "proactive", null, 42L)).problems()).extracting(ContentProblem::messageKey)
			.containsExactly("disclosure.error.interpretsOnlyForInterpretation");
		assertThat(check(content("政策解读", "proactive", null, 43L)).problems()).extracting(ContentProblem::messageKey)
			.containsExactly("disclosure.error.interpretsUnknown");
	}

	@Test
	void aBodyOfOnlyMarkupIsEmpty() {
		var c = new DocumentContent("政策文件", "标题", "<script>x</script><p> </p>", null, TODAY, TODAY, null, null,
				null, null, null, "proactive", null, null, null);
		assertThat(check(c).problems()).extracting(ContentProblem::field).containsExactly("body");
	}

	private static DocumentContent content(String column, String classification, String ground, Long interprets) {
		return new DocumentContent(column, "关于印发某某办法的通知", "第一条 为了规范。", "余府发〔2026〕1号", TODAY.minusDays(3),
				TODAY.minusDays(2), null, null, null, null, null, classification, ground, interprets, null);
	}

	private static ContentRules.Result check(DocumentContent c) {
		return ContentRules.check(c, TODAY, name -> Optional.ofNullable(switch (name) {
			case "政策文件" -> POLICY;
			case "政策解读" -> INTERPRETATION;
			case "旧栏目" -> RETIRED;
			default -> null;
		}).filter(col -> !col.retired()), id -> id == 42L);
	}
}
