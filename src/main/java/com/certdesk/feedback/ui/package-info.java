@NullMarked
package com.certdesk.feedback.ui;

import org.jspecify.annotations.NullMarked;
