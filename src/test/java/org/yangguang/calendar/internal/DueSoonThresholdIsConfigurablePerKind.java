package org.yangguang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code yangguang.calendar.due-soon.*}: a standard threshold of 3 working days, overridden per kind. */
class DueSoonThresholdIsConfigurablePerKind {

	@Test
	void withoutConfigurationEveryKindIsDueSoonThreeWorkingDaysAhead() {
		DueSoonThresholds thresholds = bind(Map.of());

		assertThat(thresholds.forKind("inforequest.reply")).isEqualTo(3);
	}

	@Test
	void aKindCanHaveItsOwnThreshold() {
		DueSoonThresholds thresholds = bind(Map.of("yangguang.calendar.due-soon.standard", "2",
				"yangguang.calendar.due-soon.kinds[inforequest.reply]", "5"));

		assertThat(thresholds.forKind("inforequest.reply")).isEqualTo(5);
		assertThat(thresholds.forKind("appeal.reply")).isEqualTo(2);
	}

	@Test
	void aNegativeThresholdIsRefused() {
		assertThatThrownBy(() -> bind(Map.of("yangguang.calendar.due-soon.kinds[appeal.reply]", "-1")))
			.isInstanceOf(BindException.class);
	}

	private static DueSoonThresholds bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("yangguang.calendar.due-soon", DueSoonThresholds.class);
	}
}
