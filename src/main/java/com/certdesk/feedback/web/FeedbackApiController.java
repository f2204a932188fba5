package com.certdesk.feedback.web;

import com.certdesk.base.BoundedInput;
import com.certdesk.base.ValidationException;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.ImportResult;
import com.certdesk.feedback.RatingsBusyException;
import com.certdesk.feedback.RatingsRejectedException.ItemProblem;
import com.certdesk.feedback.RatingsRejectedException;
import com.certdesk.security.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/feedback}: one rating (a JSON object) or a batch of up to 1,000 (a JSON array) from a
 * helpdesk or survey tool, authenticated by an API token with the {@code feedback:write} scope (security's
 * {@code /api/**} filter chain). All or nothing: a batch with any bad item stores nothing and gets 400 with every
 * item's problems; ratings already stored are skipped and counted, so sending the same batch again adds nothing.
 * The body streams through the JSON parser and is refused with 413 as soon as it passes
 * {@code certdesk.api.max-request-size}; it is never read whole first.
 */
@RestController
@EnableConfigurationProperties(ApiLimits.class)
@Tag(name = "Ingestion API", description = "Customer ratings from helpdesks and survey tools.")
@SecurityRequirement(name = ApiDocs.TOKEN)
class FeedbackApiController {

    static final String PATH = "/api/v1/feedback";

    private final FeedbackImports imports;
    private final ApiLimits limits;
    private final Clock clock;

    FeedbackApiController(FeedbackImports imports, ApiLimits limits, Clock clock) {
        this.imports = imports;
        this.limits = limits;
        this.clock = clock;
    }

    @PostMapping(PATH)
    @Operation(summary = "Send customer ratings", description = "One rating (a JSON object) or a batch of up to "
            + "1,000 (a JSON array), scope `feedback:write`. All or nothing: a batch with any bad item stores nothing "
            + "and gets 400 with every item's problems; ratings already stored are skipped and counted, so sending the "
            + "same batch again adds nothing. Fields as in the README's Ingestion API section.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(type = "object", description = "A rating, or an array of ratings"))))
    @ApiResponse(responseCode = "201", description = "Stored: {\"batch_id\", \"imported\", \"duplicates\"}")
    @ApiResponse(responseCode = "200", description = "Every rating was already stored: nothing new")
    @ApiResponse(responseCode = "400", description = "Unreadable JSON or bad items (problem details with `errors`)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "Another import holds the ratings: retry after Retry-After",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "413", description = "The body is larger than certdesk.api.max-request-size",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "415", description = "Not sent as application/json",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<?> post(@io.swagger.v3.oas.annotations.Parameter(hidden = true) HttpServletRequest request,
            @io.swagger.v3.oas.annotations.Parameter(hidden = true) Principal caller) throws IOException {
        if (!json(request.getContentType())) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the ratings as JSON, with the header "
                    + "\"Content-Type: application/json\".", null);
        }
        long limit = limits.maxRequestSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            return tooLarge(limit);
        }
        RatingBatchReader.Batch batch;
        try {
            batch = RatingBatchReader.read(new LimitedInput(request.getInputStream(), limit), clock.instant());
        } catch (LimitedInput.TooLarge e) {
            return tooLarge(limit);
        } catch (RatingBatchReader.UnreadableBody e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage(), null);
        }
        if (!batch.problems().isEmpty()) {
            return rejected(batch.problems());
        }
        ImportResult result;
        try {
            result = imports.store(BatchOrigin.API, "API", "token " + caller.getName(), batch.ratings());
        } catch (RatingsRejectedException e) {
            return rejected(e.problems());
        } catch (ValidationException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage(), null);
        } catch (RatingsBusyException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "60")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        // the core opens no batch when every rating was already stored
        body.put("batch_id", result.imported() > 0 ? result.batchId() : null);
        body.put("imported", result.imported());
        body.put("duplicates", result.duplicates());
        return ResponseEntity.status(result.imported() > 0 ? HttpStatus.CREATED : HttpStatus.OK)
                .contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static boolean json(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static ResponseEntity<ProblemDetail> rejected(List<ItemProblem> problems) {
        String detail = problems.size() == 1
                ? "1 rating cannot be stored; nothing was stored. Correct it and send the whole request again."
                : "%,d ratings cannot be stored; nothing was stored. Correct them and send the whole request again."
                        .formatted(problems.size());
        List<Map<String, Object>> errors = problems.stream().map(p -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("index", p.index());
            item.put("reasons", p.reasons());
            return item;
        }).toList();
        return problem(HttpStatus.BAD_REQUEST, detail, errors);
    }

    private static ResponseEntity<ProblemDetail> tooLarge(long limit) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than the limit of "
                + BoundedInput.describe(limit) + " (certdesk.api.max-request-size). Send fewer ratings per request.",
                null);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail,
            @Nullable List<Map<String, Object>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
