@NullMarked
package com.certdesk.catalog.ui;

import org.jspecify.annotations.NullMarked;
