@NullMarked
package com.certdesk.security.ui;

import org.jspecify.annotations.NullMarked;
