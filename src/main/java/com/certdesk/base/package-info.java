/**
 * Shared kernel: the main layout, small reusable UI parts, the clock. Depends on no other feature.
 */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN, allowedDependencies = {})
@NullMarked
package com.certdesk.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
