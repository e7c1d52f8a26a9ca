package org.yangguang;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * A module's root package is its API: no public method or constructor of a public root-package type takes or
 * returns a type of a module's {@code internal} or {@code web} package — not even as a type argument
 * ({@code List<Internal>}) — and no public record has such a component. The modules checked are listed below.
 */
class PublicApiExposesNoInternalTypes {

	private static final List<Class<?>> ALL = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.yangguang")
		.stream()
		.map(JavaClass::reflect)
		.toList();

	@ParameterizedTest
	@ValueSource(strings = { "shared", "organisation", "identity", "audit", "calendar", "administration",
			"workbench", "portal", "storage", "search", "inforequest", "annualreport", "disclosure", "notification",
			"services", "appeals", "consultation", "meetings" })
	void rootPackageSignaturesUseOnlyApiTypes(String module) {
		String root = "org.yangguang." + module;
		List<Class<?>> api = ALL.stream()
			.filter(c -> c.getPackageName().equals(root) && isPublicAllTheWayOut(c))
			.toList();
		List<String> leaks = api.stream().flatMap(c -> leaks(c).stream()).toList();
		assertThat(leaks).as("public API of %s exposes non-API types", module).isEmpty();
	}

	@Test
	void aLeakIsFoundInsideTypeArgumentsAndRecordComponents() {
		assertThat(leaks(Leaky.class)).hasSize(3)
			.anySatisfy(l -> assertThat(l).contains("Leaky.rows").contains("ReportText"))
			.anySatisfy(l -> assertThat(l).contains("Leaky.take").contains("StoredReport"))
			.anySatisfy(l -> assertThat(l).contains("Leaky.head").contains("ChainHead"));
	}

	/** Every public member of {@code type} whose signature names a non-API type, described for the failure. */
	static List<String> leaks(Class<?> type) {
		List<String> leaks = new ArrayList<>();
		for (Method m : type.getDeclaredMethods()) {
			if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge() || isAccessor(type, m)) {
				continue;
			}
			List<Type> used = new ArrayList<>(Arrays.asList(m.getGenericParameterTypes()));
			used.add(m.getGenericReturnType());
			report(leaks, type.getSimpleName() + "." + m.getName() + "()", used);
		}
		for (var c : type.getDeclaredConstructors()) {
			if (Modifier.isPublic(c.getModifiers()) && !type.isRecord()) {
				report(leaks, type.getSimpleName() + ".<init>", Arrays.asList(c.getGenericParameterTypes()));
			}
		}
		if (type.isRecord()) {
			for (RecordComponent rc : type.getRecordComponents()) {
				report(leaks, type.getSimpleName() + "." + rc.getName() + " (record component)",
						List.of(rc.getGenericType()));
			}
		}
		return leaks;
	}

	/** A record's accessor is reported once, as its component. */
	private static boolean isAccessor(Class<?> type, Method m) {
		return type.isRecord() && m.getParameterCount() == 0
				&& Arrays.stream(type.getRecordComponents()).anyMatch(rc -> rc.getName().equals(m.getName()));
	}

	private static void report(List<String> leaks, String member, List<Type> types) {
		types.stream()
			.flatMap(t -> nonApi(t, new java.util.HashSet<>()).stream())
			.distinct()
			.forEach(c -> leaks.add(member + " uses " + c.getName()));
	}

	private static Set<Class<?>> nonApi(Type type, Set<Type> seen) {
		if (!seen.add(type)) {
			return Set.of();
		}
		Set<Class<?>> found = new java.util.LinkedHashSet<>();
		if (type instanceof Class<?> c) {
			Class<?> element = c;
			while (element.isArray()) {
				element = element.getComponentType();
			}
			if (!isApi(element)) {
				found.add(element);
			}
		}
		else if (type instanceof ParameterizedType p) {
			found.addAll(nonApi(p.getRawType(), seen));
			Arrays.stream(p.getActualTypeArguments()).forEach(a -> found.addAll(nonApi(a, seen)));
		}
		else if (type instanceof WildcardType w) {
			Arrays.stream(w.getUpperBounds()).forEach(b -> found.addAll(nonApi(b, seen)));
			Arrays.stream(w.getLowerBounds()).forEach(b -> found.addAll(nonApi(b, seen)));
		}
		else if (type instanceof GenericArrayType g) {
			found.addAll(nonApi(g.getGenericComponentType(), seen));
		}
		else if (type instanceof TypeVariable<?> v) {
			Arrays.stream(v.getBounds()).forEach(b -> found.addAll(nonApi(b, seen)));
		}
		return found;
	}

	/** Outside the application, or in a module's root package (org.yangguang.x, not org.yangguang.x.internal). */
	private static boolean isApi(Class<?> c) {
		String pkg = c.getPackageName();
		return !pkg.startsWith("org.yangguang.") || pkg.indexOf('.', "org.yangguang.".length()) < 0;
	}

	private static boolean isPublicAllTheWayOut(Class<?> c) {
		for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
			if (!Modifier.isPublic(k.getModifiers())) {
				return false;
			}
		}
		return !c.isAnonymousClass() && !c.isSynthetic();
	}

	/** What the check must catch: internal types in type arguments, parameters and record components. */
	public record Leaky(org.yangguang.audit.internal.ChainHead head) {

		public List<Optional<org.yangguang.annualreport.internal.ReportText>> rows() {
			return List.of();
		}

		public void take(Set<? extends org.yangguang.annualreport.internal.StoredReport> reports) {
		}
	}
}
