package org.yangguang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Modules talk through events, so an event nobody listens to is a message into the void: every event type that
 * production code publishes (a module's public record constructed in the {@code publishEvent(…)} statement) has a
 * listener ({@code @ApplicationModuleListener}, {@code @EventListener} or {@code @TransactionalEventListener}) in
 * some module. Each event's arrival is proven by its own test (e.g. {@code DeadlineWarningsAreAnnouncedOnce},
 * {@code ApplicantAndClerkAreNotified}).
 */
class EveryPublishedEventHasAListener {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.yangguang");

	@Test
	void everyPublishedEventTypeIsListenedTo() {
		Set<String> published = published();
		Set<String> listened = CLASSES.stream().flatMap(c -> c.getMethods().stream())
			.filter(EveryPublishedEventHasAListener::isListener)
			.flatMap(m -> m.getRawParameterTypes().stream()).map(JavaClass::getName)
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(published).as("events published by the modules").contains(
				"org.yangguang.calendar.DeadlineApproaching", "org.yangguang.calendar.DeadlineMissed",
				"org.yangguang.calendar.TimeLimitRecomputed", "org.yangguang.inforequest.RequestProgressed");
		assertThat(listened).as("event types with a listener").containsAll(published);
	}

	/** Module API records constructed in the statement that calls {@code ApplicationEventPublisher.publishEvent}. */
	private static Set<String> published() {
		Set<String> events = new TreeSet<>();
		for (JavaClass type : CLASSES) {
			for (JavaCodeUnit unit : type.getCodeUnits()) {
				for (JavaCall<?> publish : unit.getMethodCallsFromSelf()) {
					if (!publish.getTarget().getName().equals("publishEvent")
							|| !publish.getTarget().getOwner().isAssignableTo(ApplicationEventPublisher.class)) {
						continue;
					}
					unit.getConstructorCallsFromSelf().stream()
						.filter(c -> Math.abs(c.getLineNumber() - publish.getLineNumber()) <= 4)
						.map(c -> c.getTarget().getOwner())
						.filter(t -> t.isRecord() && t.getPackageName().matches("org\\.yangguang\\.[a-z]+"))
						.forEach(t -> events.add(t.getName()));
				}
			}
		}
		return events;
	}

	private static boolean isListener(JavaMethod method) {
		return method.isAnnotatedWith(ApplicationModuleListener.class) || method.isAnnotatedWith(EventListener.class)
				|| method.isAnnotatedWith(TransactionalEventListener.class);
	}
}
