/**
 * Users, teams and who manages them; roles assignment and bulk import. Implements the account store that
 * security signs users in with, and answers "may the caller see this person?" for other features.
 */
@ApplicationModule(displayName = "People", allowedDependencies = {"base", "security", "security :: spi"})
@NullMarked
package com.certdesk.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
