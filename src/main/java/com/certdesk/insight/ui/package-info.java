/** Screens of the insight feature: My performance. */
@NullMarked
package com.certdesk.insight.ui;

import org.jspecify.annotations.NullMarked;
