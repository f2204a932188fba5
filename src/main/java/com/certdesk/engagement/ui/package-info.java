@NullMarked
package com.certdesk.engagement.ui;

import org.jspecify.annotations.NullMarked;
