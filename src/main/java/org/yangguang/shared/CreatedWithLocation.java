package org.yangguang.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * A JSON API operation that creates something answers 201 Created with a {@code Location} header naming what it
 * created (the method returns {@code ResponseEntity.created(location)}); the API documentation says so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ResponseStatus(HttpStatus.CREATED)
@ApiResponse(responseCode = "201", description = "Created; `Location` is the address of what was created.",
		headers = @Header(name = "Location", description = "The address of what was created", required = true))
public @interface CreatedWithLocation {
}
