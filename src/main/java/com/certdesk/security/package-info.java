/**
 * Sign-in, roles and the current user. People implements {@link com.certdesk.security.spi.AccountStore} so
 * that security needs no knowledge of how users are stored.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"base"})
@NullMarked
package com.certdesk.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
