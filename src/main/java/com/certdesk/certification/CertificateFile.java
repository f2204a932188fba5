package com.certdesk.certification;

/** A downloadable certificate: a file name like {@code certificate-7K3Q-9ZD2-....pdf} and the PDF bytes. */
public record CertificateFile(String fileName, byte[] content) {
}
