/** The administrator's Feedback sources page: file imports with a preview, batches, agent ids. */
@NullMarked
package com.certdesk.feedback.ui;

import org.jspecify.annotations.NullMarked;
