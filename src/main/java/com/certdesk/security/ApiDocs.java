package com.certdesk.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description's frame (springdoc fills in the operations and schemas from the controllers): title,
 * what the API is for, and the bearer API token it needs. Served at {@code /api/v1/openapi.json}, readable at
 * {@code /api/docs}; both are public, as they describe no data (the API filter chain lets them through).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    /** The security scheme operations name with {@code @SecurityRequirement(name = ApiDocs.TOKEN)}. */
    public static final String TOKEN = "apiToken";

    @Bean
    OpenAPI certdeskOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Certdesk API").version("v1").description("""
                        Read people, progress in certification programs and certificates (scope `reports:read`), \
                        and send customer ratings (scope `feedback:write`). Every request needs an API token, \
                        created by an administrator under *API tokens*, sent as `Authorization: Bearer <token>`. \
                        Errors are RFC 9457 problem details (`application/problem+json`)."""))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token (cdk_...) with the scope the operation names.")));
    }
}
