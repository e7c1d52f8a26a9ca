package org.yangguang.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.yangguang.search.internal.ChangeRecorder;
import org.yangguang.search.internal.SearchChanges;

/**
 * Modules tell search about changes only through their events: the search facade has no method to report one,
 * and no class outside search uses what writes the change table.
 */
class NoModuleReportsChangesToSearchByCall {

	static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.yangguang");

	@Test
	void theFacadeOffersNoWayToReportAChange() {
		assertThat(Arrays.stream(SearchIndex.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
			.map(Method::getName)).doesNotContain("changed")
			.containsExactlyInAnyOrder("search", "filterOptions", "rebuild", "applyPendingChanges", "status");
	}

	@Test
	void onlySearchWritesTheChangeTable() {
		noClasses().that().resideOutsideOfPackage("org.yangguang.search..")
			.should().dependOnClassesThat().belongToAnyOf(ChangeRecorder.class, SearchChanges.class)
			.check(MAIN);
	}
}
