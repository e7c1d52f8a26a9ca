package org.yangguang.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The sentences of the seed corpus ({@code seed-speeches.txt}), for generated titles and texts. */
public final class CorpusSentences {

	private static final List<String> SENTENCES = load();

	private final Random random;

	public CorpusSentences(long seed) {
		this.random = new Random(seed);
	}

	public Random random() {
		return random;
	}

	public String sentence() {
		return SENTENCES.get(random.nextInt(SENTENCES.size()));
	}

	/** 8 to 25 sentences, in paragraphs. */
	public List<String> paragraphs() {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		int count = 8 + random.nextInt(18);
		for (int i = 0; i < count; i++) {
			paragraph.append(sentence());
			if (random.nextInt(4) == 0 || i == count - 1) {
				paragraphs.add(paragraph.toString());
				paragraph.setLength(0);
			}
		}
		return paragraphs;
	}

	/** A title made of the start of a sentence: 关于…的通知, …工作方案, 关于…的意见, or the words alone. */
	public String title() {
		String sentence = sentence().replaceAll("[。！？；，、：:,\\s“”《》()（）]", "");
		String core = sentence.substring(0, Math.min(sentence.length(), 8 + random.nextInt(14)));
		return switch (random.nextInt(4)) {
			case 0 -> "关于" + core + "的通知";
			case 1 -> core + "工作方案";
			case 2 -> "关于" + core + "的意见";
			default -> core;
		};
	}

	private static List<String> load() {
		try (InputStream in = CorpusSentences.class.getResourceAsStream("/seed-speeches.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			List<String> sentences = new ArrayList<>();
			for (String s : text.split("(?<=[。！？])|\\n")) {
				String sentence = s.strip();
				if (sentence.length() >= 8 && !sentence.contains("优质18篇")) {
					sentences.add(sentence);
				}
			}
			return sentences;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
