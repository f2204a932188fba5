@NullMarked
package com.certdesk.certification.internal;

import org.jspecify.annotations.NullMarked;
