package com.certdesk.reporting.web;

import com.certdesk.base.ValidationException;
import com.certdesk.reporting.ApiPage;
import com.certdesk.reporting.ApiQuery;
import com.certdesk.reporting.CertificateItem;
import com.certdesk.reporting.HrApi;
import com.certdesk.reporting.PersonItem;
import com.certdesk.reporting.ProgressItem;
import com.certdesk.security.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The HR API (read-only): {@code GET /api/v1/people}, {@code /api/v1/progress} and {@code /api/v1/certificates},
 * authenticated by an API token with the {@code reports:read} scope (security's {@code /api/**} filter chain).
 * Every list is paged by an opaque cursor and can be narrowed to what changed after {@code updatedSince}; errors are
 * RFC 9457 problem details. The OpenAPI description at {@code /api/v1/openapi.json} is generated from this class.
 */
@RestController
@Tag(name = "HR API", description = "People, progress in certification programs, and certificates, read-only.")
@SecurityRequirement(name = ApiDocs.TOKEN)
class HrApiController {

    static final String PEOPLE = "/api/v1/people";
    static final String PROGRESS = "/api/v1/progress";
    static final String CERTIFICATES = "/api/v1/certificates";
    private static final String PAGING = " Pages are read by cursor: send the `next` of a page as `cursor` to get the "
            + "next one, until `next` is null. A listing never skips or repeats an item while data change. For an "
            + "incremental sync, send the last page's `nextUpdatedSince` as `updatedSince` next time.";

    private final HrApi api;

    HrApiController(HrApi api) {
        this.api = api;
    }

    @GetMapping(value = PEOPLE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "People", description = "Every account, active or not, with roles and current team, by id."
            + PAGING)
    @ApiResponse(responseCode = "200", description = "A page of people")
    ResponseEntity<ApiPage<PersonItem>> people(@Parameter(description = CURSOR) @RequestParam @Nullable String cursor,
            @Parameter(description = LIMIT) @RequestParam @Nullable Integer limit,
            @Parameter(description = SINCE) @RequestParam @Nullable String updatedSince) {
        return ok(api::people, cursor, limit, updatedSince);
    }

    @GetMapping(value = PROGRESS, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Progress", description = "Every active agent in every active certification program: the "
            + "status the certification matrix derives today, dates, modules and quiz scores, by agent and program. "
            + "A status that changes because a date passed counts as a change for updatedSince." + PAGING)
    @ApiResponse(responseCode = "200", description = "A page of progress rows")
    ResponseEntity<ApiPage<ProgressItem>> progress(
            @Parameter(description = CURSOR) @RequestParam @Nullable String cursor,
            @Parameter(description = LIMIT) @RequestParam @Nullable Integer limit,
            @Parameter(description = SINCE) @RequestParam @Nullable String updatedSince) {
        return ok(api::progress, cursor, limit, updatedSince);
    }

    @GetMapping(value = CERTIFICATES, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Certificates", description = "Every certificate ever issued, revoked ones included, with "
            + "its state today, by id. Expiry counts as a change for updatedSince." + PAGING)
    @ApiResponse(responseCode = "200", description = "A page of certificates")
    ResponseEntity<ApiPage<CertificateItem>> certificates(
            @Parameter(description = CURSOR) @RequestParam @Nullable String cursor,
            @Parameter(description = LIMIT) @RequestParam @Nullable Integer limit,
            @Parameter(description = SINCE) @RequestParam @Nullable String updatedSince) {
        return ok(api::certificates, cursor, limit, updatedSince);
    }

    static final String CURSOR = "The `next` of the page before; leave out for the first page.";
    static final String LIMIT = "Items per page, 1 to 1000; 100 when left out.";
    static final String SINCE = "Only what changed (or was removed) after this moment, ISO-8601 with an offset, "
            + "e.g. 2026-12-01T00:00:00Z; leave out for every current item.";

    private static <T> ResponseEntity<ApiPage<T>> ok(Function<ApiQuery, ApiPage<T>> read, @Nullable String cursor,
            @Nullable Integer limit, @Nullable String updatedSince) {
        ApiQuery query = new ApiQuery(blankToNull(cursor), limit == null ? ApiQuery.DEFAULT_LIMIT : limit,
                since(updatedSince));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(read.apply(query));
    }

    private static @Nullable Instant since(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException("updatedSince must be an ISO-8601 date and time with an offset, e.g. "
                    + "2026-12-01T00:00:00Z (it was \"" + text + "\").");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @ExceptionHandler(ValidationException.class)
    @ApiResponse(responseCode = "400", description = "A parameter is wrong: the detail says which and why",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ProblemDetail> badRequest(ValidationException e) {
        return problem(e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return problem(e.getName() + " must be " + (e.getName().equals("limit") ? "a whole number from 1 to "
                + ApiQuery.MAX_LIMIT : "valid") + ".");
    }

    private static ResponseEntity<ProblemDetail> problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore()).body(problem);
    }
}
