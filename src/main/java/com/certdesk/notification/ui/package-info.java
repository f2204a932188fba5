@NullMarked
package com.certdesk.notification.ui;

import org.jspecify.annotations.NullMarked;
