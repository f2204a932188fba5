package com.certdesk.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class CertificatePdfTest {

    /** Written by every run so that a person can look at the certificate. */
    private static final Path SAMPLE = Path.of("target", "certificate-sample.pdf");

    private static final CertificateDocument SAMPLE_DOC = new CertificateDocument(
            "Zoë Ångström-Øberg",
            "Handling Billing Disputes",
            "Resolves billing disputes end to end: reads an invoice with the customer, explains charges, applies "
                    + "the refund and credit policy, and escalates fraud correctly.",
            LocalDate.of(2026, 11, 22),
            LocalDate.of(2027, 11, 22),
            "7K3Q-9ZD2-ABCD-EFGH-0123",
            "https://certdesk.example.com/verify/7K3Q9ZD2ABCDEFGH0123",
            "Northwind Customer Care");

    @Test
    void the_certificate_is_one_a4_landscape_page() throws IOException {
        PdfReader reader = new PdfReader(CertificatePdf.render(SAMPLE_DOC));
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        Rectangle page = reader.getPageSizeWithRotation(1);
        assertThat(page.getWidth()).isCloseTo(842f, within(1f));
        assertThat(page.getHeight()).isCloseTo(595f, within(1f));
        reader.close();
    }

    @Test
    void the_certificate_names_the_agent_the_program_and_its_dates() throws IOException {
        String text = text(CertificatePdf.render(SAMPLE_DOC));
        assertThat(text)
                .contains("Certificate of Completion")
                .contains("This certifies that")
                .contains("Zoë Ångström-Øberg")
                .contains("has met every requirement of")
                .contains("Handling Billing Disputes")
                .contains("Resolves billing disputes")
                .contains("22 November 2026")
                .contains("Valid until 22 November 2027")
                .containsIgnoringCase("Northwind Customer Care");
    }

    @Test
    void the_certificate_carries_the_code_and_where_to_verify_it() throws IOException {
        String text = text(CertificatePdf.render(SAMPLE_DOC));
        assertThat(text)
                .contains("7K3Q-9ZD2-ABCD-EFGH-0123")
                .contains("https://certdesk.example.com/verify/7K3Q9ZD2ABCDEFGH0123");
    }

    @Test
    void a_certificate_without_expiry_says_so() throws IOException {
        String text = text(CertificatePdf.render(withName(SAMPLE_DOC.agentName(), null)));
        assertThat(text).contains("Does not expire").doesNotContain("Valid until");
    }

    @Test
    void a_name_beyond_western_european_letters_keeps_every_letter() throws IOException {
        String name = "Łukasz Dvořák-Żółć";
        String text = text(CertificatePdf.render(withName(name, SAMPLE_DOC.validUntil())));
        assertThat(text).contains(name);
    }

    @Test
    void a_very_long_name_stays_whole_and_on_one_page() throws IOException {
        String name = "Maria Magdalena Konstantinopoulou-Vandenberghe de la Santísima Trinidad";
        byte[] pdf = CertificatePdf.render(withName(name, SAMPLE_DOC.validUntil()));
        assertThat(new PdfReader(pdf).getNumberOfPages()).isEqualTo(1);
        assertThat(text(pdf)).contains(name);
    }

    @Test
    void a_long_description_is_cut_short_rather_than_spilling_over_the_footer() throws IOException {
        String description = "Lorem ipsum dolor sit amet. ".repeat(40) + "THE-END";
        CertificateDocument doc = new CertificateDocument(SAMPLE_DOC.agentName(), SAMPLE_DOC.programName(),
                description, SAMPLE_DOC.issuedOn(), null, SAMPLE_DOC.formattedCode(), SAMPLE_DOC.verifyUrl(),
                SAMPLE_DOC.issuerName());
        String text = text(CertificatePdf.render(doc));
        assertThat(text).contains("Lorem ipsum").contains("\u2026").doesNotContain("THE-END");
    }

    @Test
    void the_file_says_what_it_is_and_who_issued_it() throws IOException {
        PdfReader reader = new PdfReader(CertificatePdf.render(SAMPLE_DOC));
        assertThat(reader.getInfo())
                .containsEntry("Author", "Northwind Customer Care")
                .containsKey("Title")
                .containsKey("Subject");
        assertThat(reader.getInfo().get("Title")).contains("Handling Billing Disputes", "Zoë Ångström-Øberg");
        assertThat(reader.getInfo().get("Subject")).contains("7K3Q-9ZD2-ABCD-EFGH-0123");
        reader.close();
    }

    @Test
    void a_sample_is_written_for_people_to_look_at() throws IOException {
        byte[] pdf = CertificatePdf.render(SAMPLE_DOC);
        Files.createDirectories(SAMPLE.getParent());
        Files.write(SAMPLE, pdf);
        assertThat(SAMPLE).exists().hasBinaryContent(pdf);
    }

    private static CertificateDocument withName(String name, @Nullable LocalDate validUntil) {
        return new CertificateDocument(name, SAMPLE_DOC.programName(), SAMPLE_DOC.programDescription(),
                SAMPLE_DOC.issuedOn(), validUntil, SAMPLE_DOC.formattedCode(), SAMPLE_DOC.verifyUrl(),
                SAMPLE_DOC.issuerName());
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
