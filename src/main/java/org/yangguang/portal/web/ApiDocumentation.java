package org.yangguang.portal.web;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.yangguang.shared.ProblemResponses;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document at {@code /api/v1/openapi} (Swagger UI at {@code /api/docs}): what the API is, the
 * {@value #BEARER} scheme, the {@code Problem} schema of every error, and the error responses of each operation.
 * <p>
 * Controllers say what only they know: {@code @Tag} (their module), {@code @Operation(summary)},
 * {@code @SecurityRequirement(name = "bearerAuth")} when a token is needed, and {@link ProblemResponses} for the
 * business errors they answer with. This class derives the rest once: 400 for an operation with parameters or a
 * body, 401 for one that needs a token, 403 for one guarded by {@code @PreAuthorize}, each as
 * {@code application/problem+json} with the {@code Problem} schema.
 */
@Configuration
class ApiDocumentation {

	static final String BEARER = "bearerAuth";
	static final String PROBLEM = "Problem";
	static final String FIELD_PROBLEM = "FieldProblem";

	private static final Map<HttpStatus, String> MEANINGS = Map.of(
			HttpStatus.BAD_REQUEST, "The input is invalid; `errors` names each field at fault.",
			HttpStatus.UNAUTHORIZED, "No valid bearer token (or, when signing in, wrong credentials).",
			HttpStatus.FORBIDDEN, "The caller's roles or data scope do not allow this.",
			HttpStatus.NOT_FOUND, "No such resource, or the caller may not see it.",
			HttpStatus.CONFLICT, "Not allowed in the resource's current state (an illegal transition).");

	@Bean
	OpenAPI yangguangApi() {
		return new OpenAPI()
			.info(new Info().title("Yangguang (阳光政务) API")
				.version("v1")
				.description("""
						The JSON API of a county's government information disclosure platform: proactive disclosure \
						(主动公开), information requests (依申请公开), annual reports, the working-day calendar, \
						organisations, search and the audit trail.

						Public reads need no token. Everything else takes a bearer token from \
						`POST /api/v1/auth/token` in the `Authorization: Bearer <token>` header. Answers are \
						`application/json`; every error is RFC 9457 `application/problem+json` in the language of \
						`Accept-Language` (zh-CN by default, or `en`), with a `reference` to quote to support.""")
				.license(new License().name("Open source")))
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("A token from `POST /api/v1/auth/token`, sent as `Authorization: Bearer <token>`."))
				.addSchemas(PROBLEM, problemSchema())
				.addSchemas(FIELD_PROBLEM, fieldProblemSchema()));
	}

	/** The error responses of each operation, from what its handler method declares. */
	@Bean
	OperationCustomizer problemResponses() {
		return (operation, handler) -> {
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			for (HttpStatus status : problemStatuses(operation, handler)) {
				String code = String.valueOf(status.value());
				ApiResponse response = responses.computeIfAbsent(code,
						c -> new ApiResponse().description(MEANINGS.get(status)));
				response.setContent(problemContent());
			}
			operation.setResponses(responses);
			return operation;
		};
	}

	private static Set<HttpStatus> problemStatuses(Operation operation, HandlerMethod handler) {
		Set<HttpStatus> statuses = new TreeSet<>();
		if ((operation.getParameters() != null && !operation.getParameters().isEmpty())
				|| operation.getRequestBody() != null) {
			statuses.add(HttpStatus.BAD_REQUEST);
		}
		if (declared(handler, io.swagger.v3.oas.annotations.security.SecurityRequirement.class)) {
			statuses.add(HttpStatus.UNAUTHORIZED);
		}
		if (declared(handler, PreAuthorize.class)) {
			statuses.add(HttpStatus.FORBIDDEN);
		}
		for (AnnotatedElement element : new AnnotatedElement[] { handler.getBeanType(), handler.getMethod() }) {
			ProblemResponses declared = AnnotatedElementUtils.findMergedAnnotation(element, ProblemResponses.class);
			if (declared != null) {
				statuses.addAll(Arrays.asList(declared.value()));
			}
		}
		return statuses;
	}

	private static boolean declared(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> type) {
		return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), type)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), type);
	}

	private static Content problemContent() {
		return new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new io.swagger.v3.oas.models.media.MediaType()
					.schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("An RFC 9457 problem: what went wrong, in the request's language.")
			.addProperty("type", new StringSchema().format("uri").example("about:blank")
				.description("Always `about:blank`: the status says the kind of problem."))
			.addProperty("title", new StringSchema().example("请求有误").description("The status in words."))
			.addProperty("status", new IntegerSchema().example(400).description("The HTTP status."))
			.addProperty("detail", new StringSchema().description("What went wrong, for a person to read."))
			.addProperty("instance", new StringSchema().format("uri").example("/api/v1/documents/42")
				.description("The path that was called."))
			.addProperty("reference", new StringSchema().example("K7QX2M9PAT")
				.description("This request's reference id, also written to the server log; quote it to support."))
			.addProperty("code", new StringSchema().example("disclosure.error.columnUnknown")
				.description("For a refused business rule: the rule's stable key."))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
				.description("For invalid input: one entry per field at fault."));
	}

	private static Schema<?> fieldProblemSchema() {
		return new ObjectSchema().description("One invalid field.")
			.addProperty("field", new StringSchema().example("title"))
			.addProperty("message", new StringSchema().description("Why it is invalid, in the request's language."))
			.addProperty("row", new IntegerSchema()
				.description("For an import: the one-based position of the record at fault."));
	}
}
