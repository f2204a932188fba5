/**
 * Customer feedback: ratings in from helpdesks and survey tools (file imports with a preview, the ingestion API,
 * the Zendesk connector), each attributed to the agent and their team at rating time; and the figures other
 * features show (CSAT share satisfied with a Wilson interval, NPS with its standard error, CES mean with a t
 * interval, always with n), read from an agent x day rollup.
 */
@ApplicationModule(displayName = "Feedback", allowedDependencies = {"base", "security", "people"})
@NullMarked
package com.certdesk.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
