@NullMarked
package com.certdesk.people.internal;

import org.jspecify.annotations.NullMarked;
