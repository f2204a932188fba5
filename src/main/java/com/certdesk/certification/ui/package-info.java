@NullMarked
package com.certdesk.certification.ui;

import org.jspecify.annotations.NullMarked;
