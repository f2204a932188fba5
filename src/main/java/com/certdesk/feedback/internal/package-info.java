@NullMarked
package com.certdesk.feedback.internal;

import org.jspecify.annotations.NullMarked;
