@NullMarked
package com.certdesk.reporting.ui;

import org.jspecify.annotations.NullMarked;
