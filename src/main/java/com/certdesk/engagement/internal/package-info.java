@NullMarked
package com.certdesk.engagement.internal;

import org.jspecify.annotations.NullMarked;
