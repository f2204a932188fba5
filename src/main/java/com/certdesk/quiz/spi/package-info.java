/** What the quiz asks of the features built on it (certification), so that it needs no knowledge of them. */
@NamedInterface("spi")
@NullMarked
package com.certdesk.quiz.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
