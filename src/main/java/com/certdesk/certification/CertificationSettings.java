package com.certdesk.certification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of certification. {@code baseUrl} is the public address printed on certificates and used in Open Badges
 * ({@code certdesk.base-url}); {@code issuerName} names the organisation that certifies.
 */
@ConfigurationProperties("certdesk.certification")
public record CertificationSettings(String issuerName, String issuerEmail, int verifyLookupsPerMinute) {

    public CertificationSettings {
        if (issuerName == null || issuerName.isBlank()) {
            issuerName = "Certdesk";
        }
        if (issuerEmail == null || issuerEmail.isBlank()) {
            issuerEmail = "certificates@certdesk.local";
        }
        if (verifyLookupsPerMinute <= 0) {
            verifyLookupsPerMinute = 30;
        }
    }
}
