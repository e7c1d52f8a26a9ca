package org.yangguang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every visible text in a template comes from the message bundles, every literal key a template uses exists in
 * Chinese and English, and each Chinese bundle has its English twin key for key.
 */
class I18nTemplateTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final Path MESSAGES = Path.of("src/main/resources/messages");

	static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
	static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
	static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b.*?</\\1>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
	/** A tag, then the text that follows it up to the next tag. */
	static final Pattern TAG_THEN_TEXT = Pattern
		.compile("<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)");
	static final Pattern LETTER = Pattern.compile("\\p{L}");
	static final List<String> TEXT_ATTRIBUTES = List.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:remove", "th:errors");

	@Test
	void templatesContainNoLiteralTextOutsideTheMessageBundles() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = SCRIPT_OR_STYLE.matcher(COMMENT.matcher(Files.readString(template)).replaceAll(""))
				.replaceAll("");
			Matcher m = TAG_THEN_TEXT.matcher(html);
			while (m.find()) {
				String text = m.group(4).strip();
				if (text.isEmpty() || !LETTER.matcher(text).find()) {
					continue;
				}
				boolean closing = !m.group(1).isEmpty();
				String attributes = m.group(3);
				boolean replaced = !closing && TEXT_ATTRIBUTES.stream().anyMatch(attributes::contains);
				if (!replaced) {
					problems.add(TEMPLATES.relativize(template) + ": \"" + text + "\"");
				}
			}
		}
		assertThat(problems).as("literal text in templates").isEmpty();
	}

	@Test
	void everyMessageKeyUsedInATemplateExistsInChineseAndEnglish() throws IOException {
		Set<String> zh = keys(""), en = keys("_en");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = KEY.matcher(COMMENT.matcher(Files.readString(template)).replaceAll(""));
			while (m.find()) {
				String key = m.group(1);
				if (!zh.contains(key) || !en.contains(key)) {
					missing.add(TEMPLATES.relativize(template) + ": " + key + (zh.contains(key) ? "" : " [zh]")
							+ (en.contains(key) ? "" : " [en]"));
				}
			}
		}
		assertThat(missing).as("message keys missing from the bundles").isEmpty();
	}

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path zhFile : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Path enFile = zhFile.resolveSibling(zhFile.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(enFile).as("English twin of " + zhFile).exists();
				assertThat(load(enFile).stringPropertyNames()).as(enFile.toString())
					.containsExactlyInAnyOrderElementsOf(load(zhFile).stringPropertyNames());
			}
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> keys(String suffix) throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path p : files.toList()) {
				String name = p.getFileName().toString();
				boolean english = name.endsWith("_en.properties");
				if (suffix.isEmpty() ? !name.contains("_") : english) {
					keys.addAll(load(p).stringPropertyNames());
				}
			}
		}
		return keys;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
