/** The ingestion API: {@code POST /api/v1/feedback}, authenticated by API tokens (see security). */
@NullMarked
package com.certdesk.feedback.web;

import org.jspecify.annotations.NullMarked;
