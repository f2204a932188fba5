/** Security's entities and repositories (API tokens). */
@NullMarked
package com.certdesk.security.internal;

import org.jspecify.annotations.NullMarked;
