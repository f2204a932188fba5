@NullMarked
package com.certdesk.notification.internal;

import org.jspecify.annotations.NullMarked;
