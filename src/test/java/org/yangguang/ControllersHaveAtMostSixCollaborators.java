package org.yangguang;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Controllers are thin — they parse, call the facade and render — so none needs more than six collaborators
 * (constructor parameters). A controller that needs more is doing the module's work: move the rule behind the
 * facade. Packages still being reworked are listed in {@link #NOT_YET_CHECKED}.
 */
class ControllersHaveAtMostSixCollaborators {

	static final int MAX = 6;

	static final List<String> NOT_YET_CHECKED = List.of("org.yangguang.disclosure");

	@Test
	void everyControllerHasAtMostSixConstructorParameters() {
		List<Class<?>> controllers = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.yangguang")
			.stream()
			.map(JavaClass::reflect)
			.filter(c -> AnnotatedElementUtils.hasAnnotation(c, Controller.class))
			.filter(c -> NOT_YET_CHECKED.stream().noneMatch(p -> c.getPackageName().startsWith(p)))
			.toList();
		assertThat(controllers).as("controllers found").hasSizeGreaterThan(20);
		List<String> tooMany = controllers.stream()
			.filter(c -> collaborators(c) > MAX)
			.map(c -> c.getName() + " has " + collaborators(c) + " collaborators")
			.toList();
		assertThat(tooMany).as("controllers with more than %d collaborators", MAX).isEmpty();
	}

	@Test
	void collaboratorsAreTheParametersOfTheWidestConstructor() {
		assertThat(collaborators(Wide.class)).isEqualTo(7);
	}

	static int collaborators(Class<?> controller) {
		return Arrays.stream(controller.getDeclaredConstructors()).mapToInt(Constructor::getParameterCount).max()
			.orElse(0);
	}

	@SuppressWarnings("unused")
	private static final class Wide {

		Wide() {
		}

		Wide(Object a, Object b, Object c, Object d, Object e, Object f, Object g) {
		}
	}
}
