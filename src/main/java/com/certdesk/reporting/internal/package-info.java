@NullMarked
package com.certdesk.reporting.internal;

import org.jspecify.annotations.NullMarked;
