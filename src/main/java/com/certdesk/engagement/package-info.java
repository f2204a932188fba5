/**
 * Engagement: pulse surveys agents answer in the portal, and what managers and HR may see of them. Answers are
 * confidential, not anonymous: they are kept with their respondent so that engagement can be related to training in
 * aggregate, and no figure of a group smaller than the threshold can be shown or worked out from the figures shown
 * ({@link com.certdesk.engagement.SmallGroups}).
 */
@ApplicationModule(displayName = "Engagement", allowedDependencies = {"base", "security", "people", "notification"})
@NullMarked
package com.certdesk.engagement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
