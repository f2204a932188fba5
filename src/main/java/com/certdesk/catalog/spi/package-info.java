/** What the catalog asks of the feature that runs module quizzes, so that it needs no knowledge of quizzes' tables. */
@NamedInterface("spi")
@NullMarked
package com.certdesk.catalog.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
