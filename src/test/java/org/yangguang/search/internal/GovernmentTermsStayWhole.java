package org.yangguang.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yangguang.search.CorpusPiece;

/**
 * The word analyzer keeps government terms whole: smartcn alone breaks 办结 into 办|结 and 好差评 into 好|差|评; with
 * the dictionary each is one token, in any sentence, while the rest of the text is still segmented into words.
 */
class GovernmentTermsStayWhole {

	static final Analyzer WORDS = new WordAnalyzer(GovernmentTerms.shipped());

	/** The terms the brief names, each in a sentence of the kind the platform publishes. */
	static Stream<Arguments> namedTerms() {
		return Stream.of(
				Arguments.of("依申请公开", "公民可以向行政机关依申请公开政府信息"),
				Arguments.of("主动公开", "属于主动公开范围的政府信息应当及时公开"),
				Arguments.of("政务公开", "全面推进基层政务公开工作"),
				Arguments.of("办结", "该事项已于三个工作日内办结并告知申请人"),
				Arguments.of("好差评", "窗口服务实行好差评制度"),
				Arguments.of("一次性告知", "材料不全的应当一次性告知需要补正的全部内容"),
				Arguments.of("即办件", "简单事项一律按即办件办理"),
				Arguments.of("承诺件", "承诺件在承诺时限内办结"),
				Arguments.of("政府信息公开", "本机关政府信息公开工作年度报告"),
				Arguments.of("村务公开", "各村每季度更新村务公开栏"),
				Arguments.of("权力清单", "严格落实权力清单和责任清单制度"),
				Arguments.of("责任清单", "严格落实权力清单和责任清单制度"),
				Arguments.of("行政许可", "行政许可事项全部进驻政务服务中心"),
				Arguments.of("行政处罚", "行政处罚决定书依法公开"),
				Arguments.of("政策解读", "政策文件与政策解读同步发布"),
				Arguments.of("年度报告", "每年三月底前发布年度报告"),
				Arguments.of("便民服务中心", "乡镇便民服务中心实行一窗受理"),
				Arguments.of("三统一优", "推行三统一优服务模式"));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("namedTerms")
	void namedTermIsOneToken(String term, String sentence) {
		Tokens tokens = Tokens.of(WORDS, sentence);
		int start = sentence.indexOf(term);

		assertThat(tokens.keepsWhole(start, start + term.length()))
			.as("%s is not broken in %s: %s", term, sentence, tokens.terms()).isTrue();
		assertThat(tokens.list()).anyMatch(t -> t.start() <= start && t.end() >= start + term.length()
				&& t.type().equals(GovernmentTermTokenizer.TERM_TYPE));
	}

	@Test
	void smartcnAloneBreaksTheTermsTheDictionaryKeeps() {
		Analyzer smartcn = new SmartChineseAnalyzer();

		assertThat(Tokens.of(smartcn, "事项已办结").terms()).contains("办", "结").doesNotContain("办结");
		assertThat(Tokens.of(smartcn, "好差评制度").terms()).contains("好", "差", "评");
		assertThat(Tokens.of(WORDS, "事项已办结").terms()).contains("办结");
		assertThat(Tokens.of(WORDS, "好差评制度").terms()).containsExactly("好差评", "制度");
	}

	@Test
	void textAroundTheTermsIsStillSegmentedIntoWords() {
		assertThat(Tokens.of(WORDS, "依申请公开的政府信息应当在20个工作日内办结").terms())
			.containsExactly("依申请公开", "政府信息", "应当", "20", "个", "工作日", "内", "办结");
	}

	@Test
	void theLongestTermWins() {
		assertThat(Tokens.of(WORDS, "政府信息公开工作年度报告").terms()).containsExactly("政府信息公开工作年度报告");
		assertThat(Tokens.of(WORDS, "全县政府信息公开情况").terms()).contains("政府信息公开");
	}

	@Test
	void offsetsPointAtTheOriginalText() {
		String text = "窗口实行好差评，材料一次性告知。";
		for (Tokens.Token token : Tokens.of(WORDS, text).list()) {
			assertThat(text.substring(token.start(), token.end())).isEqualToIgnoringCase(token.term());
		}
	}

	@Test
	void theDictionaryShipsSeveralHundredTermsOfTwoOrMoreCharacters() {
		assertThat(GovernmentTerms.shipped().terms()).hasSizeGreaterThan(300)
			.allMatch(term -> term.length() >= 2)
			.contains("依申请公开", "主动公开", "政务公开", "办结", "好差评", "一次性告知", "即办件", "承诺件", "政府信息公开",
					"村务公开", "权力清单", "责任清单", "行政许可", "行政处罚", "政策解读", "年度报告", "便民服务中心", "三统一优");
	}

	/**
	 * Property: every term of the dictionary, quoted inside random sentences of the corpus (as policy texts quote
	 * terms: “…”), comes out as exactly one token of its own.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyDictionaryTermInRandomCorpusSentencesIsOneToken(long seed) {
		Random random = new Random(seed);
		List<String> sentences = corpusSentences();
		for (String term : GovernmentTerms.shipped().terms()) {
			String before = sentences.get(random.nextInt(sentences.size()));
			String after = sentences.get(random.nextInt(sentences.size()));
			String text = before + "“" + term + "”" + after;
			int start = before.length() + 1;

			List<Tokens.Token> inside = Tokens.of(WORDS, text).list().stream()
				.filter(t -> t.end() > start && t.start() < start + term.length()).toList();

			assertThat(inside).as("%s in %s", term, text).hasSize(1);
			assertThat(inside.get(0).term()).isEqualTo(term.toLowerCase(Locale.ROOT));
		}
	}

	static Stream<Long> seeds() {
		return Stream.of(1L, 2L, 3L, 20240601L, 4242L);
	}

	private static List<String> corpusSentences() {
		List<String> sentences = new ArrayList<>();
		for (CorpusPiece piece : CorpusPiece.values()) {
			for (String sentence : piece.text().split("[。；;\\n]")) {
				if (sentence.strip().length() > 4) {
					sentences.add(sentence.strip() + "。");
				}
			}
		}
		return sentences;
	}
}
