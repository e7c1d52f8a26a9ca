package org.yangguang.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;

/**
 * The business errors a JSON API operation can answer with, beyond those the API documentation derives itself
 * (400 for an operation with input, 401 for one that needs a token, 403 for one guarded by {@code @PreAuthorize}).
 * Typically {@link HttpStatus#NOT_FOUND} ({@link NotFoundException}) and {@link HttpStatus#CONFLICT}
 * ({@link IllegalTransitionException}). On a controller class it applies to every operation of the class; on a
 * method it adds to the class's list. Each status is documented as {@code application/problem+json}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface ProblemResponses {

	HttpStatus[] value();
}
