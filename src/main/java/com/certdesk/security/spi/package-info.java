/** What security needs from the feature that stores accounts. */
@NamedInterface("spi")
@NullMarked
package com.certdesk.security.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
