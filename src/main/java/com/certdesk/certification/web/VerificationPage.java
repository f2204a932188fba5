package com.certdesk.certification.web;

import com.certdesk.base.PrintedDates;
import com.certdesk.certification.Verification;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/** The HTML of the public verification page: small, self-contained, readable on a phone that scanned a QR code. */
final class VerificationPage {

    private static final DateTimeFormatter DATE = PrintedDates.DATE;

    private VerificationPage() {
    }

    static String form() {
        return page("Verify a certificate", """
                <p class="lead">Enter the verification code printed on the certificate, or scan its QR code.</p>
                """ + FORM);
    }

    static String tooManyLookUps(long seconds) {
        return page("Too many look-ups", """
                <div class="banner banner-wait"><strong>Please wait a moment.</strong>
                There were too many look-ups from your address. Try again in %d seconds.</div>
                """.formatted(seconds));
    }

    static String result(Verification v) {
        String banner = switch (v.status()) {
            case VALID -> banner("valid", "Valid certificate", "This certificate is genuine and currently valid.");
            case NOT_YET_VALID -> banner("valid", "Valid certificate (renewal)",
                    "This certificate is genuine; it renews an earlier one and takes effect on "
                            + date(v.validFrom()) + ".");
            case EXPIRED -> banner("expired", "Expired certificate",
                    "This certificate is genuine but expired after " + date(v.validUntil()) + ".");
            case REVOKED -> banner("revoked", "Revoked certificate",
                    "This certificate was revoked by the issuer and is no longer valid.");
            case NOT_FOUND -> banner("unknown", "No certificate found",
                    "No certificate has this code. Check the code for typing mistakes and try again.");
        };
        StringBuilder body = new StringBuilder(banner);
        if (v.holderName() != null) {
            body.append("<dl>")
                    .append(row("Awarded to", v.holderName()))
                    .append(row("Program", v.programName()))
                    .append(row("Issued", date(v.issuedOn())))
                    .append(row("Valid until", v.validUntil() == null ? "Does not expire" : date(v.validUntil())))
                    .append(row("Code", v.formattedCode()))
                    .append("</dl>");
        }
        body.append("<h2>Check another code</h2>").append(FORM);
        return page("Certificate verification", body.toString());
    }

    private static String banner(String kind, String title, String text) {
        return "<div class=\"banner banner-" + kind + "\" id=\"verification-status\" data-status=\"" + kind
                + "\"><strong>" + esc(title) + "</strong> " + esc(text) + "</div>";
    }

    private static String row(String label, @Nullable String value) {
        return "<dt>" + esc(label) + "</dt><dd>" + esc(value == null ? "" : value) + "</dd>";
    }

    private static String date(@Nullable LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static final String FORM = """
            <form method="get" action="/verify">
              <label for="code">Verification code</label>
              <div class="row"><input id="code" name="code" maxlength="64" autocomplete="off" spellcheck="false"
                  placeholder="XXXX-XXXX-XXXX-XXXX-XXXX" required><button type="submit">Verify</button></div>
            </form>
            """;

    private static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s · Certdesk</title>
                <style>
                  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
                         background: #fff linear-gradient(160deg, #eaf1fb, #fff 60%%) no-repeat; min-height: 100vh;
                         color: #1f2937; }
                  main { max-width: 640px; margin: 0 auto; padding: 32px 20px; }
                  header { display: flex; align-items: center; gap: 10px; color: #1f355e; font-weight: 700;
                           font-size: 22px; margin-bottom: 24px; }
                  h1 { font-size: 26px; margin: 0 0 16px; }
                  h2 { font-size: 18px; margin: 32px 0 8px; }
                  .lead { color: #4b5563; }
                  .banner { border-radius: 10px; padding: 16px 18px; margin: 16px 0; border-left: 6px solid; }
                  .banner strong { display: block; font-size: 20px; margin-bottom: 4px; }
                  .banner-valid { background: #e8f6ee; border-color: #1a7f4b; }
                  .banner-valid strong { color: #146c3f; }
                  .banner-expired { background: #fdf4e3; border-color: #b7791f; }
                  .banner-expired strong { color: #8a5a12; }
                  .banner-revoked { background: #fdecec; border-color: #c53030; }
                  .banner-revoked strong { color: #9b1c1c; }
                  .banner-unknown, .banner-wait { background: #f3f4f6; border-color: #6b7280; }
                  dl { display: grid; grid-template-columns: max-content 1fr; gap: 8px 20px; background: #fff;
                       border: 1px solid #e5e7eb; border-radius: 10px; padding: 18px; margin: 0; }
                  dt { color: #6b7280; } dd { margin: 0; font-weight: 600; }
                  label { display: block; color: #4b5563; margin-bottom: 6px; }
                  .row { display: flex; gap: 8px; }
                  input { flex: 1; font: inherit; font-family: ui-monospace, monospace; letter-spacing: .05em;
                          padding: 10px 12px; border: 1px solid #cbd5e1; border-radius: 8px; min-width: 0; }
                  button { font: inherit; padding: 10px 18px; border: 0; border-radius: 8px; background: #1f5fd6;
                           color: #fff; font-weight: 600; cursor: pointer; }
                  footer { margin-top: 40px; color: #6b7280; font-size: 13px; }
                </style></head>
                <body><main>
                <header><svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true"><path fill="#1f5fd6"
                  d="M4 3h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-5.5l.9 5-3.4-2-3.4 2 .9-5H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zm3
                  4v1.5h10V7H7zm0 3v1.5h7V10H7z"/></svg> Certdesk</header>
                <h1>%s</h1>
                %s
                <footer>Certificates issued through Certdesk can be checked here by anyone. Only the holder's
                name, the program, the dates and the status are shown.</footer>
                </main></body></html>
                """.formatted(esc(title), esc(title), body);
    }
}
