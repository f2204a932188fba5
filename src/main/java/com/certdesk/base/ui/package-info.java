@NullMarked
package com.certdesk.base.ui;

import org.jspecify.annotations.NullMarked;
