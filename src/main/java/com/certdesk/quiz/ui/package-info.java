@NullMarked
package com.certdesk.quiz.ui;

import org.jspecify.annotations.NullMarked;
