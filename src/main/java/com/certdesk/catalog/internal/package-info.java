@NullMarked
package com.certdesk.catalog.internal;

import org.jspecify.annotations.NullMarked;
