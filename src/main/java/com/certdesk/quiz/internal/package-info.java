@NullMarked
package com.certdesk.quiz.internal;

import org.jspecify.annotations.NullMarked;
